package org.competenceatlas.access;

import java.time.ZonedDateTime;
import java.util.Map;

/** One line of a learner's access log, from an {@code :AccessEvent} node. */
record AccessEvent(ZonedDateTime at, String actor, String action, String detail) {

  static AccessEvent fromProperties(Map<String, Object> node) {
    return new AccessEvent(
        (ZonedDateTime) node.get("at"),
        (String) node.get("actor"),
        (String) node.get("action"),
        (String) node.get("detail"));
  }
}
