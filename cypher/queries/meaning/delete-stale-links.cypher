// Removes links of other generations than the one in force (an older one, or an unfinished newer
// one), a batch at a time.
MATCH (a:LearningOutcome {source: $scope})-[s:SIMILAR]->()
WHERE s.generation IS NULL OR s.generation <> $generation
WITH s LIMIT $batch
DELETE s
RETURN count(*) AS deleted
