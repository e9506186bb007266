package org.competenceatlas.transfer;

import java.util.Map;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.Labels;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.learner.ClaimStatus;
import org.competenceatlas.learner.ClaimedOutcomes;
import org.competenceatlas.transfer.Endpoint.EndpointKind;
import org.competenceatlas.transfer.Transition.Target;

/**
 * The two ends of a transfer in a snapshot: what a source holds (an occupation's outcomes, or a
 * learner's claims weighted by status) and where a target sits, with the endpoints the API shows.
 */
final class Sources {

  private Sources() {}

  static Holdings occupation(TaxonomySnapshot snapshot, int index, boolean includeOptional) {
    var holdings = Holdings.empty(snapshot);
    var requirements = snapshot.occupationRequirements[index];
    for (int o : requirements.essential()) {
      holdings.hold(o, 1.0);
    }
    if (includeOptional) {
      for (int o : requirements.optional()) {
        holdings.hold(o, TransferParameters.SOURCE_OPTIONAL_WEIGHT);
      }
    }
    return holdings;
  }

  static Holdings learner(TaxonomySnapshot snapshot, ClaimedOutcomes claimed) {
    var holdings = Holdings.empty(snapshot);
    for (var claim : claimed.claims()) {
      var index = snapshot.outcomeIndex(claim.outcomeId());
      if (index != null) {
        holdings.hold(index, claimWeight(claim.status()));
      }
    }
    return holdings;
  }

  /** Whether the source is an occupation; refuses a source that names both or neither. */
  static boolean isOccupation(TransferSource source) {
    if (source == null || (source.occupationId() == null) == (source.learnerId() == null)) {
      throw new InvalidInputException(
          "from", "from must name exactly one of occupationId or learnerId");
    }
    return source.occupationId() != null;
  }

  static Target target(TaxonomySnapshot snapshot, TransferTarget to) {
    if (to == null || (to.occupationId() == null) == (to.qualificationId() == null)) {
      throw new InvalidInputException(
          "to", "to must name exactly one of occupationId or qualificationId");
    }
    if (to.occupationId() != null) {
      return new Target(false, occupationIndex(snapshot, to.occupationId()));
    }
    var index = snapshot.qualificationIndex.get(to.qualificationId());
    if (index == null) {
      throw new NotFoundException("qualification", to.qualificationId());
    }
    return new Target(true, index);
  }

  static int occupationIndex(TaxonomySnapshot snapshot, String id) {
    var index = snapshot.occupationIndex.get(id);
    if (index == null) {
      throw new NotFoundException("occupation", id);
    }
    return index;
  }

  static Endpoint endpoint(TaxonomySnapshot snapshot, Target target) {
    return target.qualification()
        ? qualificationEndpoint(snapshot, target.index())
        : occupationEndpoint(snapshot, target.index());
  }

  static Endpoint occupationEndpoint(TaxonomySnapshot snapshot, int index) {
    var occupation = snapshot.occupations[index];
    return new Endpoint(occupation.id(), EndpointKind.OCCUPATION, occupation.labels());
  }

  static Endpoint qualificationEndpoint(TaxonomySnapshot snapshot, int index) {
    var qualification = snapshot.qualifications[index];
    return new Endpoint(qualification.id(), EndpointKind.QUALIFICATION, qualification.labels());
  }

  static Endpoint learnerEndpoint(String id, String displayName) {
    return new Endpoint(
        id, EndpointKind.LEARNER, Labels.fromProperties(Map.of("prefLabel_en", displayName)));
  }

  private static double claimWeight(ClaimStatus status) {
    if (status == null) {
      return TransferParameters.CLAIM_SELF_ASSESSED;
    }
    return switch (status) {
      case VALIDATED -> TransferParameters.CLAIM_VALIDATED;
      case EVIDENCED -> TransferParameters.CLAIM_EVIDENCED;
      case NOT_CONFIRMED -> 0;
      case SELF_ASSESSED -> TransferParameters.CLAIM_SELF_ASSESSED;
    };
  }
}
