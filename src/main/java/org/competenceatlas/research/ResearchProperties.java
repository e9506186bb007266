package org.competenceatlas.research;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How learner aggregates are released (docs/research.md, "Learner aggregates").
 *
 * @param minimumGroupSize the fewest learners a group must have, by its true count, to be released
 * @param roundingBase every released count is rounded to a multiple of this, so that one learner
 *     more or less does not show as a count that moves by one; 1 turns that protection off (tests
 *     use it to see exact counts), which no shared instance should do
 */
@ConfigurationProperties("atlas.research")
public record ResearchProperties(
    @DefaultValue("10") int minimumGroupSize, @DefaultValue("5") int roundingBase) {

  public ResearchProperties {
    if (minimumGroupSize < 1) {
      throw new IllegalArgumentException(
          "atlas.research.minimum-group-size must be at least 1; got " + minimumGroupSize);
    }
    if (roundingBase < 1) {
      throw new IllegalArgumentException(
          "atlas.research.rounding-base must be at least 1; got " + roundingBase);
    }
  }
}
