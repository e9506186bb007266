package org.competenceatlas.access;

import java.time.ZonedDateTime;
import java.util.Map;

/** A learner's grant to an adviser or assessor, from an {@code :AccessGrant} node. */
record AccessGrant(
    String id,
    String grantee,
    GrantRole role,
    ZonedDateTime grantedAt,
    ZonedDateTime expiresAt,
    ZonedDateTime revokedAt) {

  static AccessGrant fromProperties(Map<String, Object> node) {
    return new AccessGrant(
        (String) node.get("id"),
        (String) node.get("grantee"),
        GrantRole.valueOf((String) node.get("role")),
        (ZonedDateTime) node.get("grantedAt"),
        (ZonedDateTime) node.get("expiresAt"),
        (ZonedDateTime) node.get("revokedAt"));
  }

  boolean active() {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(ZonedDateTime.now()));
  }
}
