// Qualifications whose units require any of the given outcomes, with the ones they require.
UNWIND $ids AS id
MATCH (:LearningOutcome {id: id})<-[:REQUIRES]-(:QualificationUnit)<-[:HAS_UNIT]-(q:Qualification)
RETURN q, collect(DISTINCT id) AS outcomes
ORDER BY size(outcomes) DESC, q.prefLabel_en
