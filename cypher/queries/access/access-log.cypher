MATCH (e:AccessEvent {learnerId: $learnerId})
RETURN e
ORDER BY e.at DESC, e.id
SKIP $offset
LIMIT $limit
