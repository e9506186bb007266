package org.competenceatlas.taxonomy;

import java.util.Map;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/** A standard of work, as read from an {@code :Occupation} node. */
public record Occupation(
    String id, String code, String iscoCode, String regulatedProfessionNote, Labels labels)
    implements Labelled {

  public static Occupation fromProperties(Map<String, Object> node) {
    return new Occupation(
        (String) node.get("id"),
        (String) node.get("code"),
        (String) node.get("iscoCode"),
        (String) node.get("regulatedProfessionNote"),
        Labels.fromProperties(node));
  }
}
