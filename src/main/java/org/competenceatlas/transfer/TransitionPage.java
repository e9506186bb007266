package org.competenceatlas.transfer;

import java.util.List;
import org.competenceatlas.common.Connection;
import org.competenceatlas.common.PageRequest;

/** One page of ranked transitions, with how many there are in all. */
public record TransitionPage(
    List<Connection.Edge<Transition>> edges, Connection.PageInfo pageInfo, int totalCount) {

  /** The page out of the head of a ranking, which must reach at least to the page's probe. */
  public static TransitionPage of(Ranking ranking, PageRequest page) {
    var head = of(ranking.best(), page);
    return new TransitionPage(head.edges(), head.pageInfo(), ranking.totalCount());
  }

  public static TransitionPage of(List<Transition> ranked, PageRequest page) {
    int from = Math.min(page.offset(), ranked.size());
    int to = Math.min(from + page.probeSize(), ranked.size());
    var window =
        ranked.subList(from, to).stream()
            .map(t -> new Connection.Scored<>(t, t.parts().score()))
            .toList();
    var connection = Connection.of(page, window);
    return new TransitionPage(connection.edges(), connection.pageInfo(), ranked.size());
  }
}
