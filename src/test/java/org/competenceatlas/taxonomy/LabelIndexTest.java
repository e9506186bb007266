package org.competenceatlas.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.SeedWorldIds;
import org.competenceatlas.common.Connection.Scored;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Occupation searches are answered from a Lucene index of the in-memory copy; it must find what the
 * DBMS's full-text index finds, with the same relevance.
 */
@AtlasTest
class LabelIndexTest {

  @Autowired TaxonomyRepository repository;
  @Autowired TaxonomyMemory memory;

  @BeforeEach
  void theCopyIsBuilt() throws InterruptedException {
    TaxonomyCopies.awaitCopy(memory);
  }

  /**
   * The same occupations, ranked alike. Scores themselves match only while the graph's index holds
   * no deleted entries: Lucene counts those in its statistics until it merges them away, and other
   * tests of this context add and remove occupations.
   */
  @Test
  void findsWhatTheFullTextIndexFindsAndRanksThemAlike() {
    var searches =
        Map.of(
            "en",
            List.of("receptionist", "hotel receptionist", "rec", "nurse", "care", "weld", "h"),
            "nl",
            List.of("receptionist", "verpleegkundige", "hotel", "lasser", "zorg"));
    int compared = 0;
    for (var language : searches.entrySet()) {
      for (var text : language.getValue()) {
        var query = LabelSearch.luceneQuery(text, language.getKey());
        var fromGraph = scores(repository.searchOccupations(query, 0, 50));
        var fromMemory = scores(memory.current().orElseThrow().searchOccupations(query, 0, 50));

        assertThat(fromMemory.keySet()).as(text).isEqualTo(fromGraph.keySet());
        for (var better : fromGraph.entrySet()) {
          for (var worse : fromGraph.entrySet()) {
            if (better.getValue() > 1.1 * worse.getValue()) {
              assertThat(fromMemory.get(better.getKey()))
                  .as("%s: %s ahead of %s", text, better.getKey(), worse.getKey())
                  .isGreaterThan(fromMemory.get(worse.getKey()));
              compared++;
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(10);
  }

  @Test
  void ranksTheBestMatchFirstAndPagesOn() {
    var copy = memory.current().orElseThrow();

    var best = copy.searchOccupations(LabelSearch.luceneQuery("hotel receptionist", "en"), 0, 10);
    var all = copy.searchOccupations(LabelSearch.luceneQuery("hotel", "en"), 0, 10);
    var second = copy.searchOccupations(LabelSearch.luceneQuery("hotel", "en"), 1, 1);

    assertThat(best.get(0).value().id()).isEqualTo(SeedWorldIds.HOTEL_RECEPTIONIST);
    assertThat(all).hasSizeGreaterThanOrEqualTo(2);
    assertThat(all).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    assertThat(second)
        .extracting(found -> found.value().id())
        .containsExactly(all.get(1).value().id());
  }

  private static Map<String, Double> scores(List<Scored<Occupation>> found) {
    var scores = new LinkedHashMap<String, Double>();
    found.forEach(hit -> scores.put(hit.value().id(), hit.score()));
    return scores;
  }
}
