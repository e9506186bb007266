package org.competenceatlas.qualification;

import java.util.Map;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/** A separately assessable part of a qualification, from a {@code :QualificationUnit} node. */
public record QualificationUnit(String id, String code, Labels labels) implements Labelled {

  /** A unit with the qualification it belongs to. */
  public record InQualification(QualificationUnit unit, Qualification qualification) {}

  static QualificationUnit fromProperties(Map<String, Object> node) {
    return new QualificationUnit(
        (String) node.get("id"), (String) node.get("code"), Labels.fromProperties(node));
  }
}
