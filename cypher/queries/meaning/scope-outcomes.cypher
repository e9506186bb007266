// What the sentence model reads of each outcome of a scope: the English label and description.
MATCH (lo:LearningOutcome {source: $scope})
RETURN lo.id AS id, lo.prefLabel_en AS label, lo.description_en AS description,
       lo.outcomeType AS type
ORDER BY id
