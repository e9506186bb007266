MATCH (:Qualification {id: $id})-[:HAS_UNIT]->(u:QualificationUnit)
RETURN u
ORDER BY u.code, u.prefLabel_en
