package org.competenceatlas.qualification;

import static org.competenceatlas.common.BatchResults.byKey;

import java.util.List;
import java.util.Map;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.Occupation;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Qualifications in the GraphQL API ({@code graphql-schema/qualification.graphqls}). */
@Controller
class QualificationController {

  private final QualificationService qualifications;

  QualificationController(QualificationService qualifications) {
    this.qualifications = qualifications;
  }

  @QueryMapping
  Qualification qualification(@Argument String id) {
    return qualifications.qualification(id);
  }

  @SchemaMapping
  List<QualificationUnit> units(Qualification qualification) {
    return qualifications.units(qualification.id());
  }

  @SchemaMapping
  List<Occupation> preparesFor(Qualification qualification) {
    return qualifications.preparesFor(qualification.id());
  }

  @SchemaMapping
  List<LearningOpportunity> learningOpportunities(Qualification qualification) {
    return qualifications.opportunities(qualification.id());
  }

  @BatchMapping(typeName = "QualificationUnit", field = "outcomes")
  Map<QualificationUnit, List<LearningOutcome>> unitOutcomes(List<QualificationUnit> units) {
    var byId = qualifications.unitOutcomes(units.stream().map(QualificationUnit::id).toList());
    return byKey(units, byId, QualificationUnit::id);
  }

  @BatchMapping(typeName = "LearningOpportunity", field = "teaches")
  Map<LearningOpportunity, List<LearningOutcome>> teaches(List<LearningOpportunity> offers) {
    var byId = qualifications.taughtOutcomes(offers.stream().map(LearningOpportunity::id).toList());
    return byKey(offers, byId, LearningOpportunity::id);
  }
}
