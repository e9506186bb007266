package org.competenceatlas.taxonomy;

import static org.competenceatlas.common.BatchResults.byKey;

import java.util.List;
import java.util.Map;
import org.competenceatlas.common.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The taxonomy's part of the GraphQL API ({@code graphql-schema/taxonomy.graphqls}). */
@Controller
class TaxonomyController {

  private final TaxonomyService taxonomy;

  TaxonomyController(TaxonomyService taxonomy) {
    this.taxonomy = taxonomy;
  }

  @QueryMapping
  Occupation occupation(@Argument String id) {
    return taxonomy.occupation(id);
  }

  @QueryMapping
  LearningOutcome learningOutcome(@Argument String id) {
    return taxonomy.outcome(id);
  }

  @QueryMapping
  Connection<Occupation> searchOccupations(
      @Argument String text,
      @Argument String language,
      @Argument Integer first,
      @Argument String after) {
    return taxonomy.searchOccupations(text, language, first, after);
  }

  @QueryMapping
  Connection<LearningOutcome> searchLearningOutcomes(
      @Argument String text,
      @Argument String language,
      @Argument Integer first,
      @Argument String after) {
    return taxonomy.searchOutcomes(text, language, first, after);
  }

  @QueryMapping
  List<TaxonomyRelease> taxonomyReleases() {
    return taxonomy.releases();
  }

  @SchemaMapping
  IscoGroup iscoGroup(Occupation occupation) {
    return taxonomy.iscoGroupOf(occupation).orElse(null);
  }

  @SchemaMapping
  List<OutcomeRequirement> outcomes(Occupation occupation, @Argument Importance importance) {
    return taxonomy.requiredOutcomes(occupation.id(), importance);
  }

  @SchemaMapping(typeName = "IscoGroup")
  IscoGroup broader(IscoGroup group) {
    return taxonomy.broader(group).orElse(null);
  }

  @SchemaMapping
  List<OccupationRequirement> requiredBy(LearningOutcome outcome, @Argument Importance importance) {
    return taxonomy.requiringOccupations(outcome.id(), importance);
  }

  @BatchMapping(typeName = "LearningOutcome", field = "broader")
  Map<LearningOutcome, List<SkillConcept>> broaderOfOutcomes(List<LearningOutcome> outcomes) {
    return byKey(outcomes, taxonomy.broaderOfOutcomes(ids(outcomes)), LearningOutcome::id);
  }

  @BatchMapping(typeName = "LearningOutcome", field = "narrower")
  Map<LearningOutcome, List<SkillConcept>> narrowerOfOutcomes(List<LearningOutcome> outcomes) {
    return byKey(outcomes, taxonomy.narrowerOfOutcomes(ids(outcomes)), LearningOutcome::id);
  }

  @BatchMapping(typeName = "LearningOutcome", field = "collections")
  Map<LearningOutcome, List<String>> collections(List<LearningOutcome> outcomes) {
    return byKey(outcomes, taxonomy.collections(ids(outcomes)), LearningOutcome::id);
  }

  @BatchMapping(typeName = "OutcomeGroup", field = "broader")
  Map<OutcomeGroup, List<SkillConcept>> broaderOfGroups(List<OutcomeGroup> groups) {
    return byKey(
        groups,
        taxonomy.broaderOfGroups(groups.stream().map(OutcomeGroup::id).toList()),
        OutcomeGroup::id);
  }

  @BatchMapping(typeName = "OutcomeGroup", field = "narrower")
  Map<OutcomeGroup, List<SkillConcept>> narrowerOfGroups(List<OutcomeGroup> groups) {
    return byKey(
        groups,
        taxonomy.narrowerOfGroups(groups.stream().map(OutcomeGroup::id).toList()),
        OutcomeGroup::id);
  }

  private static List<String> ids(List<LearningOutcome> outcomes) {
    return outcomes.stream().map(LearningOutcome::id).toList();
  }
}
