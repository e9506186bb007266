package org.competenceatlas.research;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atlas.research.*}: {@code minimum-group-size} is the fewest learners a learner aggregate
 * group may count before it is suppressed, so that no answer narrows down to a few people.
 */
@ConfigurationProperties("atlas.research")
public record ResearchProperties(@DefaultValue("10") int minimumGroupSize) {

  public ResearchProperties {
    if (minimumGroupSize < 1) {
      throw new IllegalArgumentException(
          "atlas.research.minimum-group-size must be at least 1; got " + minimumGroupSize);
    }
  }
}
