package org.competenceatlas.taxonomy;

import java.util.List;
import java.util.Map;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/**
 * A standard of work, as read from an {@code :Occupation} node; {@code releases}, {@code status}
 * and {@code deprecatedSince} say which imported taxonomy releases have it.
 */
public record Occupation(
    String id,
    String code,
    String iscoCode,
    String regulatedProfessionNote,
    Labels labels,
    List<String> releases,
    ConceptStatus status,
    String deprecatedSince)
    implements Labelled {

  public static Occupation fromProperties(Map<String, Object> node) {
    return new Occupation(
        (String) node.get("id"),
        (String) node.get("code"),
        (String) node.get("iscoCode"),
        (String) node.get("regulatedProfessionNote"),
        Labels.fromProperties(node),
        ConceptStatus.releases(node.get("releases")),
        ConceptStatus.fromGraph(node.get("status")),
        (String) node.get("deprecatedSince"));
  }
}
