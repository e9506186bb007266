MATCH (:Qualification {id: $id})-[:PREPARES_FOR]->(o:Occupation)
RETURN o
ORDER BY o.prefLabel_en
