package org.competenceatlas.learner;

import java.time.ZonedDateTime;
import java.util.Map;

/** One change to a portfolio, from an {@code :AuditEvent} node. */
record AuditEvent(ZonedDateTime at, String actor, String action, String detail) {

  static AuditEvent fromProperties(Map<String, Object> node) {
    return new AuditEvent(
        (ZonedDateTime) node.get("at"),
        (String) node.get("actor"),
        (String) node.get("action"),
        (String) node.get("detail"));
  }
}
