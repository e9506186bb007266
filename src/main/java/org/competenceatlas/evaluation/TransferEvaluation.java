package org.competenceatlas.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.evaluation.JudgedSet.JudgedPair;
import org.competenceatlas.evaluation.JudgedSet.Judgement;
import org.competenceatlas.evaluation.JudgedSet.OccupationPair;
import org.competenceatlas.taxonomy.TaxonomyService;
import org.competenceatlas.transfer.MatchKind;
import org.competenceatlas.transfer.OutcomeMatch;
import org.competenceatlas.transfer.TransferEngine;
import org.competenceatlas.transfer.TransferSource;
import org.competenceatlas.transfer.TransferTarget;
import org.springframework.stereotype.Service;

/**
 * The transfer engine's matches held against a judged set: of the matches it shows between
 * different outcomes, how many an assessor accepted (precision), and of the requirements an
 * assessor found support for, how many it shows with acceptable support (recall). A match of an
 * outcome with itself is counted apart: it needs no judgement.
 */
@Service
public class TransferEvaluation {

  private final TransferEngine engine;
  private final TaxonomyService taxonomy;

  TransferEvaluation(TransferEngine engine, TaxonomyService taxonomy) {
    this.engine = engine;
    this.taxonomy = taxonomy;
  }

  /** Counts of shown matches of one kind, or of one occupation pair. */
  public record Tally(
      String name, int shown, int judged, int acceptable, int transferable, int unjudged) {

    public double precision() {
      return judged == 0 ? Double.NaN : (double) acceptable / judged;
    }
  }

  /** A shown or a missed pair, for the details of a report. */
  public record Example(
      int pair,
      String required,
      String held,
      String kind,
      Double strength,
      Judgement judgement,
      String reason) {}

  /**
   * The measures over the whole set.
   *
   * @param same matches of an outcome with itself (not judged)
   * @param requirementsTransferable requirements with at least one held outcome judged
   *     transferable; {@code recalledTransferable} of them the engine supports with a held outcome
   *     judged transferable or partly
   * @param requirementsAcceptable requirements with at least one held outcome judged transferable
   *     or partly; {@code recalledAcceptable} of them supported acceptably
   * @param pairsTransferable pairs judged transferable; {@code pairsShown} of them shown as such
   */
  public record Report(
      Tally all,
      int same,
      List<Tally> byKind,
      List<Tally> byPair,
      int requirementsTransferable,
      int recalledTransferable,
      int requirementsAcceptable,
      int recalledAcceptable,
      int pairsTransferable,
      int pairsShown,
      List<Example> refused,
      List<Example> unjudged,
      List<Example> missed) {

    public double recallTransferable() {
      return ratio(recalledTransferable, requirementsTransferable);
    }

    public double recallAcceptable() {
      return ratio(recalledAcceptable, requirementsAcceptable);
    }

    public double pairRecall() {
      return ratio(pairsShown, pairsTransferable);
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? Double.NaN : (double) part / whole;
    }
  }

  public Report evaluate(JudgedSet set) {
    var judged = set.primary();
    var byRequirement = new HashMap<String, List<JudgedPair>>();
    for (var pair : judged.values()) {
      byRequirement
          .computeIfAbsent(pair.pair() + "|" + pair.requiredId(), key -> new ArrayList<>())
          .add(pair);
    }
    var all = new Counter("all");
    var kinds = new TreeMap<String, Counter>();
    var pairs = new ArrayList<Tally>();
    int same = 0;
    int requirementsTransferable = 0;
    int recalledTransferable = 0;
    int requirementsAcceptable = 0;
    int recalledAcceptable = 0;
    int pairsTransferable = 0;
    int pairsShown = 0;
    var refused = new ArrayList<Example>();
    var unjudged = new ArrayList<Example>();
    var missed = new ArrayList<Example>();
    for (var pair : set.pairs()) {
      var shown = matches(pair);
      var counter =
          new Counter(
              pair.id()
                  + " "
                  + occupationLabel(pair.sourceId())
                  + " → "
                  + occupationLabel(pair.targetId()));
      for (var match : shown.values()) {
        if (match.kind() == MatchKind.SAME) {
          same++;
          continue;
        }
        var judgement =
            judged.get(JudgedSet.key(pair.id(), match.required().id(), match.held().id()));
        var example = example(pair, match, judgement);
        counter.add(judgement);
        all.add(judgement);
        kinds.computeIfAbsent(match.kind().name(), Counter::new).add(judgement);
        if (judgement == null) {
          unjudged.add(example);
        } else if (!judgement.judgement().acceptable()) {
          refused.add(example);
        }
      }
      pairs.add(counter.tally());
      for (var entry : byRequirement.entrySet()) {
        if (!entry.getKey().startsWith(pair.id() + "|")) {
          continue;
        }
        var judgements = entry.getValue();
        var requiredId = judgements.get(0).requiredId();
        var match = shown.get(requiredId);
        var matchJudgement =
            match == null
                ? null
                : judged.get(JudgedSet.key(pair.id(), requiredId, match.held().id()));
        // A requirement the source holds itself is supported in full, whatever else it holds.
        boolean acceptablyShown =
            match != null
                && (match.kind() == MatchKind.SAME
                    || matchJudgement != null && matchJudgement.judgement().acceptable());
        boolean anyTransferable =
            judgements.stream().anyMatch(j -> j.judgement() == Judgement.TRANSFERABLE);
        boolean anyAcceptable = judgements.stream().anyMatch(j -> j.judgement().acceptable());
        if (anyTransferable) {
          requirementsTransferable++;
          recalledTransferable += acceptablyShown ? 1 : 0;
        }
        if (anyAcceptable) {
          requirementsAcceptable++;
          recalledAcceptable += acceptablyShown ? 1 : 0;
        }
        for (var judgement : judgements) {
          if (judgement.judgement() == Judgement.TRANSFERABLE) {
            pairsTransferable++;
            boolean shownAsSuch = match != null && match.held().id().equals(judgement.heldId());
            pairsShown += shownAsSuch ? 1 : 0;
            if (!acceptablyShown) {
              missed.add(
                  new Example(
                      pair.id(),
                      outcomeLabel(judgement.requiredId()),
                      outcomeLabel(judgement.heldId()),
                      match == null ? null : match.kind().name(),
                      match == null ? null : match.strength(),
                      judgement.judgement(),
                      judgement.reason()));
            }
          }
        }
      }
    }
    return new Report(
        all.tally(),
        same,
        kinds.values().stream().map(Counter::tally).toList(),
        pairs,
        requirementsTransferable,
        recalledTransferable,
        requirementsAcceptable,
        recalledAcceptable,
        pairsTransferable,
        pairsShown,
        refused,
        unjudged,
        missed);
  }

  /** The label in the imported release, or the URI where the release lacks the occupation. */
  private String occupationLabel(String id) {
    try {
      return taxonomy.occupation(id).labels().preferred("en");
    } catch (NotFoundException e) {
      return id;
    }
  }

  private String outcomeLabel(String id) {
    try {
      return taxonomy.outcome(id).labels().preferred("en");
    } catch (NotFoundException e) {
      return id;
    }
  }

  /** The engine's matches for a pair, by required outcome id. */
  private Map<String, OutcomeMatch> matches(OccupationPair pair) {
    var transfer =
        engine.transfer(
            TransferSource.occupation(pair.sourceId()), new TransferTarget(pair.targetId(), null));
    var byRequired = new LinkedHashMap<String, OutcomeMatch>();
    for (var match : transfer.matches()) {
      byRequired.put(match.required().id(), match);
    }
    return byRequired;
  }

  private static Example example(OccupationPair pair, OutcomeMatch match, JudgedPair judged) {
    return new Example(
        pair.id(),
        match.required().labels().preferred("en"),
        match.held().labels().preferred("en"),
        match.kind().name(),
        match.strength(),
        judged == null ? null : judged.judgement(),
        judged == null ? null : judged.reason());
  }

  private static final class Counter {
    private final String name;
    private int shown;
    private int judged;
    private int acceptable;
    private int transferable;
    private int unjudged;

    Counter(String name) {
      this.name = name;
    }

    void add(JudgedPair judgement) {
      shown++;
      if (judgement == null) {
        unjudged++;
        return;
      }
      judged++;
      acceptable += judgement.judgement().acceptable() ? 1 : 0;
      transferable += judgement.judgement() == Judgement.TRANSFERABLE ? 1 : 0;
    }

    Tally tally() {
      return new Tally(name, shown, judged, acceptable, transferable, unjudged);
    }
  }
}
