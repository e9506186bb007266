package org.competenceatlas.transfer;

/**
 * Where a transfer starts: an occupation (what it requires, as if the person worked in it) or a
 * learner (the outcomes of their claims). Exactly one of the ids is set.
 *
 * @param includeOptional for an occupation: whether its optional outcomes count as held too
 */
public record TransferSource(String occupationId, String learnerId, Boolean includeOptional) {

  public static TransferSource occupation(String id) {
    return new TransferSource(id, null, true);
  }

  public static TransferSource learner(String id) {
    return new TransferSource(null, id, null);
  }
}
