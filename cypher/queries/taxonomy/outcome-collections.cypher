UNWIND $ids AS id
MATCH (:LearningOutcome {id: id})-[:IN_COLLECTION]->(c:Collection)
RETURN id, c.id AS collection
ORDER BY id, collection
