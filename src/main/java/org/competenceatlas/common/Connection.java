package org.competenceatlas.common;

import java.util.ArrayList;
import java.util.List;

/** One page of a ranked result, shaped as a GraphQL cursor connection. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

  public record Edge<T>(String cursor, T node, Double score) {}

  public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String endCursor) {}

  /** Builds the page from rows fetched with {@link PageRequest#probeSize()}. */
  public static <T> Connection<T> of(PageRequest page, List<Scored<T>> rows) {
    var edges = new ArrayList<Edge<T>>();
    for (int i = 0; i < Math.min(rows.size(), page.size()); i++) {
      var row = rows.get(i);
      edges.add(new Edge<>(PageRequest.cursor(page.offset() + i), row.value(), row.score()));
    }
    var end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new Connection<>(edges, new PageInfo(rows.size() > page.size(), page.offset() > 0, end));
  }

  public record Scored<T>(T value, Double score) {}
}
