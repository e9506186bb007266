MATCH (q:Qualification)-[:HAS_UNIT]->(u:QualificationUnit {id: $id})
RETURN u, q
