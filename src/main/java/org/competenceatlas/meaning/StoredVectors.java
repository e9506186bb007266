package org.competenceatlas.meaning;

import java.util.List;

/**
 * The stored embeddings of every learning outcome whose text has not changed since it was embedded,
 * row {@code i} of {@code vectors} belonging to {@code ids.get(i)}.
 *
 * @param model the sentence model that made them; texts compared with them must use the same one
 * @param fingerprint changes whenever any source's meaning layer is computed again
 */
public record StoredVectors(String model, String fingerprint, List<String> ids, float[][] vectors) {

  public int size() {
    return ids.size();
  }
}
