MATCH (:Learner {id: $id})-[:HAS_GOAL]->(g)
WHERE g:Occupation OR g:Qualification
RETURN g, CASE WHEN g:Occupation THEN 'OCCUPATION' ELSE 'QUALIFICATION' END AS kind
ORDER BY kind, g.prefLabel_en
