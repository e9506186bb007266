// Each goal of the learner with its stage history (ordered by the caller).
MATCH (l:Learner {id: $id})-[:HAS_GOAL]->(g)
WHERE g:Occupation OR g:Qualification
RETURN g, CASE WHEN g:Occupation THEN 'OCCUPATION' ELSE 'QUALIFICATION' END AS kind,
       [(l)-[:IN_STAGE]->(s:GoalStage {goalId: g.id}) | s] AS stages
ORDER BY kind, g.prefLabel_en
