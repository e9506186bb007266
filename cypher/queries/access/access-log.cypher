// One page of a learner's access log, newest first. The index on (learnerId, at) is used only
// when both properties are named, and ordering by both lets Neo4j read the page in index order
// and stop after it, rather than read and sort every line of every learner.
MATCH (e:AccessEvent)
USING INDEX e:AccessEvent(learnerId, at)
WHERE e.learnerId = $learnerId AND e.at IS NOT NULL
RETURN e
ORDER BY e.learnerId DESC, e.at DESC, e.id
SKIP $offset
LIMIT $limit
