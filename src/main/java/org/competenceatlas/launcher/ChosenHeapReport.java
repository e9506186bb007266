package org.competenceatlas.launcher;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Says in the log when the heap is the launcher's choice, and how to choose another, and what the
 * launcher's class-data sharing does in this run: the stop of a recording run takes seconds longer.
 */
@Component
@Lazy(false)
class ChosenHeapReport {

  private static final Logger log = LoggerFactory.getLogger(ChosenHeapReport.class);

  ChosenHeapReport() {
    var heap = System.getProperty(JvmDefaults.CHOSEN_HEAP);
    if (heap == null) {
      return;
    }
    log.info(
        "Heap bounded at {}: java -jar was given no heap size, so the launcher runs the jar in a"
            + " JVM with -Xmx{} (give -Xmx to choose another; {}=false keeps the JVM's own"
            + " default)",
        heap,
        heap,
        JvmDefaults.SWITCH);
    var hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    var mapped = hotSpot.getVMOption("SharedArchiveFile").getValue();
    var recording = hotSpot.getVMOption("ArchiveClassesAtExit").getValue();
    if (!recording.isEmpty()) {
      log.info(
          "Recording the classes this run loads into {} when it stops, which then takes several"
              + " seconds longer; later runs of this build start from them ({}=false: no class-data"
              + " sharing)",
          recording,
          ClassDataCache.SWITCH);
    } else if (!mapped.isEmpty()) {
      log.info("Starting from the classes an earlier run of this build recorded in {}", mapped);
    }
  }
}
