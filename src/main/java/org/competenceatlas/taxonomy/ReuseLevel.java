package org.competenceatlas.taxonomy;

/** How widely a learning outcome applies; stored with ESCO's words ('cross-sector', ...). */
public enum ReuseLevel {
  TRANSVERSAL,
  CROSS_SECTOR,
  SECTOR_SPECIFIC,
  OCCUPATION_SPECIFIC;

  static ReuseLevel fromGraph(Object value) {
    if (value == null) {
      return null;
    }
    var name = value.toString().trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (var level : values()) {
      if (level.name().equals(name)) {
        return level;
      }
    }
    return null;
  }
}
