package org.competenceatlas.transfer;

import java.util.List;

/** Rebuilds the chain of concepts that links a held outcome to the one it supports. */
final class Paths {

  private Paths() {}

  static List<PathStep> explain(Holdings holdings, int required) {
    var snapshot = holdings.snapshot;
    int held = holdings.source(required);
    int via = holdings.via(required);
    var c = snapshot.concepts;
    return switch (holdings.kind(required)) {
      case SAME -> List.of(new PathStep(c[held], null));
      case HELD_NARROWER ->
          List.of(new PathStep(c[held], "BROADER"), new PathStep(c[required], null));
      case HELD_BROADER ->
          List.of(new PathStep(c[held], "NARROWER"), new PathStep(c[required], null));
      case RELATED -> List.of(new PathStep(c[held], "RELATED"), new PathStep(c[required], null));
      case SIMILAR -> List.of(new PathStep(c[held], "SIMILAR"), new PathStep(c[required], null));
      case SHARED_GROUP ->
          List.of(
              new PathStep(c[held], "BROADER"),
              new PathStep(c[via], "NARROWER"),
              new PathStep(c[required], null));
      case SHARED_ANCESTOR ->
          throw new IllegalStateException("Shared ancestors are no longer evidence of a transfer");
    };
  }
}
