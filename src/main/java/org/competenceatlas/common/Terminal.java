package org.competenceatlas.common;

import java.io.Console;

/** Whether the process writes to a terminal, where progress can be redrawn in place. */
public final class Terminal {

  private Terminal() {}

  /**
   * True when standard output is a terminal. From JDK 22 on, {@link System#console()} may return a
   * console even when the output goes to a file or a pipe, so there {@code Console.isTerminal()}
   * (JDK 22, looked up by name because this code is compiled for 17) decides.
   */
  public static boolean attached() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    if (Runtime.version().feature() < 22) {
      return true;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | ClassCastException e) {
      return true;
    }
  }
}
