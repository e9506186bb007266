// The outcomes whose labels in one language share words with a phrase: recognition's fallback
// when no sentence model reads that language. $query is built by FullTextPhrases from letters and
// digits only, and names only that language's label fields.
CALL db.index.fulltext.queryNodes('learning_outcome_labels', $query, {limit: $limit})
YIELD node, score
WHERE node:LearningOutcome
RETURN node.id AS id, score
