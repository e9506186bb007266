package org.competenceatlas.transfer;

import org.competenceatlas.taxonomy.SkillConcept;

/**
 * One concept on the path that explains a match, and how it links to the next one: {@code BROADER}
 * (the next is its broader concept), {@code NARROWER} (the next sits under it), {@code RELATED},
 * {@code SIMILAR} (the meaning layer), or null for the last step.
 */
public record PathStep(SkillConcept concept, String linkToNext) {}
