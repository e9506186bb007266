package org.competenceatlas.common;

import java.util.Set;

/**
 * Who sends a GraphQL request: the signed-in user's name (the built-in user name or the token's
 * subject) and roles, or nobody. Controllers take it as {@code @ContextValue Actor actor}.
 */
public record Actor(String name, Set<Role> roles) {

  /** The key under which each request's actor sits in the GraphQL context. */
  public static final String CONTEXT_KEY = "actor";

  public static final Actor ANONYMOUS = new Actor(null, Set.of());

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean signedIn() {
    return name != null;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
