package org.competenceatlas.research;

/** How bridging outcomes are ranked. */
public enum BridgingOrder {
  MAJOR_GROUPS,
  PARTICIPATION
}
