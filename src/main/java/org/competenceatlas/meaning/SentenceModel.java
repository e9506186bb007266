package org.competenceatlas.meaning;

import java.util.List;

/** An in-process sentence-embedding model: text in, a unit-length vector out. */
public interface SentenceModel {

  /** The model's name, as configured ({@code atlas.meaning.model}). */
  String name();

  /** How many numbers each embedding has. */
  int dimension();

  /** One unit-length vector per text, in the order given. */
  float[][] embed(List<String> texts);

  /**
   * Whether texts in other languages than English land near their English meaning: only then may a
   * text in another language be compared with the English outcome texts.
   */
  default boolean multilingual() {
    return false;
  }
}
