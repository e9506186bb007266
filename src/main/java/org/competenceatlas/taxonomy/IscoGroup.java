package org.competenceatlas.taxonomy;

import java.util.Map;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/** A group of the ISCO-08 classification, from an {@code :IscoGroup} node. */
public record IscoGroup(String id, String code, Labels labels) implements Labelled {

  public static IscoGroup fromProperties(Map<String, Object> node) {
    return new IscoGroup(
        (String) node.get("id"), (String) node.get("code"), Labels.fromProperties(node));
  }
}
