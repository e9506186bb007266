// What the transfer engine needs of a learner: the name, and the outcome and status of each claim.
// No row when the learner does not exist.
MATCH (l:Learner {id: $id})
RETURN l.displayName AS displayName,
       [(l)-[:MADE]->(c:Claim)-[:ABOUT]->(lo:LearningOutcome) | {outcomeId: lo.id, status: c.status}]
         AS claims
