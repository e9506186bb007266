package org.competenceatlas.recognition;

import java.util.List;
import org.competenceatlas.common.Actor;
import org.competenceatlas.learner.Claim;
import org.competenceatlas.learner.ClaimAcceptance;
import org.competenceatlas.learner.Proficiency;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Recognition in the GraphQL API ({@code graphql-schema/recognition.graphqls}). */
@Controller
class RecognitionController {

  /** One suggestion the learner accepts. */
  record AcceptedSuggestionInput(String outcomeId, Proficiency proficiency, String note) {}

  record AcceptSuggestedClaimsInput(List<AcceptedSuggestionInput> suggestions) {}

  private final RecognitionService service;

  RecognitionController(RecognitionService service) {
    this.service = service;
  }

  @QueryMapping
  OutcomeSuggestions suggestOutcomes(
      @Argument String text,
      @Argument String language,
      @Argument String learnerId,
      @Argument Integer first) {
    return service.suggest(text, language, learnerId, first);
  }

  @QueryMapping
  OutcomeSuggestions suggestClaims(
      @Argument String learnerId,
      @Argument String experienceId,
      @Argument String language,
      @Argument Integer first) {
    return service.suggestForExperience(learnerId, experienceId, language, first);
  }

  @MutationMapping
  List<Claim> acceptSuggestedClaims(
      @ContextValue Actor actor,
      @Argument String learnerId,
      @Argument String experienceId,
      @Argument AcceptSuggestedClaimsInput input) {
    var suggestions = input == null ? null : input.suggestions();
    var accepted =
        suggestions == null
            ? List.<ClaimAcceptance.Accepted>of()
            : suggestions.stream()
                .map(s -> new ClaimAcceptance.Accepted(s.outcomeId(), s.proficiency(), s.note()))
                .toList();
    return service.accept(actor, learnerId, experienceId, accepted);
  }
}
