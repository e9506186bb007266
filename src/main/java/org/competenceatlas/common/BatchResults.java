package org.competenceatlas.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shapes the result of one batched query as a {@code @BatchMapping} answer. */
public final class BatchResults {

  private BatchResults() {}

  /** Every source gets an entry: its values by id, or an empty list when the query found none. */
  public static <K, V> Map<K, List<V>> byKey(
      List<K> sources, Map<String, List<V>> byId, Function<K, String> id) {
    return sources.stream()
        .distinct()
        .collect(
            Collectors.toMap(
                Function.identity(), source -> byId.getOrDefault(id.apply(source), List.of())));
  }
}
