package org.competenceatlas.badges;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Open Badges export ({@code claimBadge}, {@code unitBadge} in development.graphqls). */
@Controller
class BadgeController {

  private final BadgeService badges;

  BadgeController(BadgeService badges) {
    this.badges = badges;
  }

  @QueryMapping
  OpenBadge claimBadge(@Argument String learnerId, @Argument String claimId) {
    return badges.claimBadge(learnerId, claimId);
  }

  @QueryMapping
  OpenBadge unitBadge(@Argument String learnerId, @Argument String unitId) {
    return badges.unitBadge(learnerId, unitId);
  }
}
