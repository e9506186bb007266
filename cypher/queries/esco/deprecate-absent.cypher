// ESCO concepts that release $version no longer has are kept, marked deprecated, so that nothing
// pointing at them (a learner's claim, a qualification unit) dangles.
MATCH (n:Occupation|LearningOutcome|OutcomeGroup|IscoGroup|ConceptScheme)
WHERE n.source = 'esco' AND n.status = 'released' AND NOT $version IN n.releases
SET n.status = 'deprecated', n.deprecatedSince = $version
RETURN labels(n)[0] AS label, count(n) AS deprecated
