// Export: occupation → learning outcome requirements. Qualification units also REQUIRE outcomes:
// they are not part of the taxonomy export.
MATCH (o:Occupation)-[r:REQUIRES]->(lo:LearningOutcome)
RETURN o.id AS occupation_id, lo.id AS outcome_id, r.importance AS importance
