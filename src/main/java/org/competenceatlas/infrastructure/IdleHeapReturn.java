package org.competenceatlas.infrastructure;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Lets the JVM return heap to the system once a busy spell is over. Unless told otherwise, HotSpot
 * keeps the heap it grew to under load for good (up to a quarter of the machine's memory), so an
 * instance that served a burst held several times the memory it needs when idle. The three flags it
 * sets are the JVM's "manageable" ones, changeable while it runs, so {@code java -jar} needs no
 * options; any of them given on the command line or through {@code JAVA_TOOL_OPTIONS} is left as
 * given.
 */
@Component
@Lazy(false)
class IdleHeapReturn {

  private static final Logger log = LoggerFactory.getLogger(IdleHeapReturn.class);

  /** After a collection, shrink the heap until at most this share of it is free. */
  static final int MAX_FREE_PERCENT = 30;

  /** After a collection, grow the heap while less than this share of it is free. */
  static final int MIN_FREE_PERCENT = 10;

  IdleHeapReturn(IdleHeapProperties properties) {
    if (!properties.returnIdleHeap()) {
      return;
    }
    var applied =
        apply(
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class),
            properties.checkInterval().toMillis());
    if (!applied.isEmpty()) {
      log.info(
          "Idle heap is returned to the system ({}); atlas.memory.return-idle-heap=false leaves"
              + " the JVM's defaults",
          String.join(", ", applied));
    }
  }

  /**
   * Sets each flag the JVM still has at its default; the minimum free share before the maximum, as
   * the JVM refuses a maximum below the current minimum. Returns what it set; nothing on a JVM
   * without HotSpot's diagnostic bean ({@code vm} null).
   */
  static List<String> apply(HotSpotDiagnosticMXBean vm, long checkIntervalMillis) {
    if (vm == null) {
      return List.of();
    }
    var wanted =
        List.of(
            Map.entry("MinHeapFreeRatio", String.valueOf(MIN_FREE_PERCENT)),
            Map.entry("MaxHeapFreeRatio", String.valueOf(MAX_FREE_PERCENT)),
            Map.entry("G1PeriodicGCInterval", String.valueOf(checkIntervalMillis)));
    var applied = new ArrayList<String>();
    for (var flag : wanted) {
      try {
        var origin = vm.getVMOption(flag.getKey()).getOrigin();
        if (origin != VMOption.Origin.DEFAULT && origin != VMOption.Origin.ERGONOMIC) {
          continue;
        }
        vm.setVMOption(flag.getKey(), flag.getValue());
        applied.add(flag.getKey() + "=" + flag.getValue());
      } catch (IllegalArgumentException e) {
        // Another JVM or collector without this flag, or a value its other flags exclude.
        log.warn("JVM flag {} left as it is: {}", flag.getKey(), e.getMessage());
      }
    }
    return applied;
  }
}
