package org.competenceatlas.learner;

import java.util.List;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.Role;

/** The signed-in user: who they are, the portfolio they own and the grants they hold. */
record Me(Actor actor, Learner learner, List<ReceivedGrant> grantsReceived) {

  public String name() {
    return actor.name();
  }

  public List<Role> roles() {
    return actor.roles().stream().sorted().toList();
  }
}
