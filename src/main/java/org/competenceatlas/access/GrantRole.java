package org.competenceatlas.access;

import org.competenceatlas.common.Role;

/** What a learner's grant lets its holder do; the holder must also hold the matching role. */
public enum GrantRole {
  ADVISER(Role.ADVISER),
  ASSESSOR(Role.ASSESSOR);

  private final Role role;

  GrantRole(Role role) {
    this.role = role;
  }

  Role role() {
    return role;
  }
}
