// A learner's whole portfolio as the map draws it, in one read: the learner, the experiences (most
// recent first, as learner-experiences orders them) and every claim with its outcome's id, its
// evidence count and the experiences supporting it. No row when the learner does not exist.
MATCH (l:Learner {id: $id})
RETURN l,
       COLLECT {
         MATCH (l)-[:HAD]->(e:Experience)
         RETURN e ORDER BY e.startDate DESC, e.endDate IS NULL DESC, e.title
       } AS experiences,
       COLLECT {
         MATCH (l)-[:MADE]->(c:Claim)-[:ABOUT]->(lo:LearningOutcome)
         RETURN {
           id: c.id, status: c.status, proficiency: c.proficiency, outcomeId: lo.id,
           evidenceCount: COUNT { (c)-[:HAS_EVIDENCE]->(:Evidence) },
           experienceIds: [(c)-[:SUPPORTED_BY]->(x:Experience) | x.id]
         } AS claim
         ORDER BY lo.prefLabel_en, c.id
       } AS claims
