package org.competenceatlas.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Says in the log when the heap is the launcher's choice, and how to choose another. */
@Component
@Lazy(false)
class ChosenHeapReport {

  private static final Logger log = LoggerFactory.getLogger(ChosenHeapReport.class);

  ChosenHeapReport() {
    var heap = System.getProperty(JvmDefaults.CHOSEN_HEAP);
    if (heap != null) {
      log.info(
          "Heap bounded at {}: java -jar was given no heap size, so the launcher runs the jar in a"
              + " JVM with -Xmx{} (give -Xmx to choose another; {}=false keeps the JVM's own"
              + " default)",
          heap,
          heap,
          JvmDefaults.SWITCH);
    }
  }
}
