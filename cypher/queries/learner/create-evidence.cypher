CREATE (ev:Evidence {id: $id, kind: $kind, title: $title, link: $link, date: $date, createdAt: datetime()})
WITH ev
UNWIND $claimIds AS claimId
MATCH (:Learner {id: $learnerId})-[:MADE]->(c:Claim {id: claimId})
MERGE (c)-[:HAS_EVIDENCE]->(ev)
RETURN DISTINCT ev
