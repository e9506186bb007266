// Taxonomy nodes that the ESCO importer does not own (the seed world's, hand-made ones). An ESCO
// release that uses one of their ids is refused rather than written over them.
MATCH (n:Occupation|LearningOutcome|OutcomeGroup|IscoGroup|ConceptScheme)
WHERE n.source IS NULL OR n.source <> 'esco'
RETURN n.id AS id, n.source AS source
