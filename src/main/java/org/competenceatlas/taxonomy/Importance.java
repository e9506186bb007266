package org.competenceatlas.taxonomy;

/** How much a standard needs a learning outcome; stored as 'essential' or 'optional'. */
public enum Importance {
  ESSENTIAL,
  OPTIONAL;

  public static Importance fromGraph(String value) {
    return "essential".equals(value) ? ESSENTIAL : OPTIONAL;
  }

  public String toGraph() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
