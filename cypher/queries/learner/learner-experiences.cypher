// Most recent first; ongoing experiences before finished ones that started at the same time.
MATCH (:Learner {id: $id})-[:HAD]->(e:Experience)
RETURN e
ORDER BY e.startDate DESC, e.endDate IS NULL DESC, e.title
