package org.competenceatlas.access;

import java.util.List;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.Role;
import org.competenceatlas.learner.Learner;

/**
 * The signed-in user: who they are and the portfolio they own. The grants they hold are a field of
 * their own, read only when asked for: an adviser may hold many.
 */
record Me(Actor actor, Learner learner) {

  public String name() {
    return actor.name();
  }

  public List<Role> roles() {
    return actor.roles().stream().sorted().toList();
  }
}
