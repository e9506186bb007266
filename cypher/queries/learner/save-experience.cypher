// Creates the experience when $create, else changes the learner's own experience with this id.
MATCH (l:Learner {id: $learnerId})
CALL (l) {
  WITH l WHERE $create
  CREATE (l)-[:HAD]->(e:Experience {id: $id, createdAt: datetime()})
  RETURN e
  UNION
  WITH l WHERE NOT $create
  MATCH (l)-[:HAD]->(e:Experience {id: $id})
  RETURN e
}
SET e += $properties
RETURN e
