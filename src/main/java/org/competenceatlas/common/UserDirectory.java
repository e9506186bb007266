package org.competenceatlas.common;

import java.util.List;
import java.util.Optional;

/**
 * Whether a user name belongs to a user of this service. Built-in sign-in knows every user; with an
 * identity provider the service cannot tell, since users are only seen when they sign in.
 */
public interface UserDirectory {

  /** True or false where the service knows its users, empty where it cannot tell. */
  Optional<Boolean> exists(String name);

  /** The names it knows; empty where it cannot tell. */
  default List<String> knownNames() {
    return List.of();
  }
}
