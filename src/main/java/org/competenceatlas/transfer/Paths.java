package org.competenceatlas.transfer;

import java.util.List;

/** Rebuilds the chain of concepts that links a held outcome to the one it supports. */
final class Paths {

  private Paths() {}

  static List<PathStep> explain(Holdings holdings, int required) {
    var snapshot = holdings.snapshot;
    int held = holdings.source[required];
    int via = holdings.via[required];
    var c = snapshot.concepts;
    return switch (holdings.kind[required]) {
      case SAME -> List.of(new PathStep(c[held], null));
      case HELD_NARROWER ->
          List.of(new PathStep(c[held], "BROADER"), new PathStep(c[required], null));
      case HELD_BROADER ->
          List.of(new PathStep(c[held], "NARROWER"), new PathStep(c[required], null));
      case RELATED -> List.of(new PathStep(c[held], "RELATED"), new PathStep(c[required], null));
      case SHARED_GROUP ->
          List.of(
              new PathStep(c[held], "BROADER"),
              new PathStep(c[via], "NARROWER"),
              new PathStep(c[required], null));
      case SHARED_ANCESTOR ->
          List.of(
              new PathStep(c[held], "BROADER"),
              new PathStep(c[parentUnder(snapshot, held, via)], "BROADER"),
              new PathStep(c[via], "NARROWER"),
              new PathStep(c[parentUnder(snapshot, required, via)], "NARROWER"),
              new PathStep(c[required], null));
    };
  }

  /** The parent of {@code concept} that sits directly under {@code ancestor}. */
  private static int parentUnder(TaxonomySnapshot snapshot, int concept, int ancestor) {
    for (int parent : snapshot.parents[concept]) {
      for (int grandparent : snapshot.parents[parent]) {
        if (grandparent == ancestor) {
          return parent;
        }
      }
    }
    throw new IllegalStateException("No path from concept " + concept + " to " + ancestor);
  }
}
