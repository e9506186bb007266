package org.competenceatlas.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import com.sun.management.VMOption.Origin;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class IdleHeapReturnTest {

  @Test
  void setsTheFreeSharesAndThePeriodicCollectionOnAJvmAtItsDefaults() {
    var vm = new RecordingVm(Map.of());

    var applied = IdleHeapReturn.apply(vm, 30_000);

    assertThat(applied)
        .containsExactly(
            "MinHeapFreeRatio=10", "MaxHeapFreeRatio=30", "G1PeriodicGCInterval=30000");
    // The JVM refuses a maximum below the minimum in force (40 by default), so the order matters.
    assertThat(vm.set)
        .containsExactly("MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval");
  }

  @Test
  void leavesAFlagGivenOnTheCommandLineAsGiven() {
    var vm = new RecordingVm(Map.of("MaxHeapFreeRatio", Origin.VM_CREATION));

    var applied = IdleHeapReturn.apply(vm, 30_000);

    assertThat(applied).containsExactly("MinHeapFreeRatio=10", "G1PeriodicGCInterval=30000");
    assertThat(vm.values).doesNotContainKey("MaxHeapFreeRatio");
  }

  @Test
  void setsNothingOnAJvmWithoutHotSpotsDiagnosticBean() {
    assertThat(IdleHeapReturn.apply(null, 30_000)).isEmpty();
  }

  @Test
  void theRunningJvmTakesTheFlagsWhileItRuns() {
    var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    // Another test's application context may have set them already; the JVM must hold them now.
    IdleHeapReturn.apply(vm, 30_000);

    assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
    assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
    assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("30000");
  }

  /**
   * A JVM whose flags sit at their defaults unless an origin says otherwise; records each change.
   */
  private static final class RecordingVm implements HotSpotDiagnosticMXBean {
    final Map<String, Origin> origins;
    final Map<String, String> values = new LinkedHashMap<>();
    final List<String> set = new ArrayList<>();

    RecordingVm(Map<String, Origin> origins) {
      this.origins = origins;
    }

    @Override
    public VMOption getVMOption(String name) {
      return new VMOption(name, "0", true, origins.getOrDefault(name, Origin.DEFAULT));
    }

    @Override
    public void setVMOption(String name, String value) {
      set.add(name);
      values.put(name, value);
    }

    @Override
    public void dumpHeap(String outputFile, boolean live) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<VMOption> getDiagnosticOptions() {
      return List.of();
    }

    @Override
    public ObjectName getObjectName() {
      return null;
    }
  }
}
