UNWIND $ids AS id
MATCH (:Claim {id: id})-[:SUPPORTED_BY]->(e:Experience)
RETURN id, e
ORDER BY id, e.startDate DESC
