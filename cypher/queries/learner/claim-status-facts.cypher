// What a claim's status follows from: its evidence and every judgement it received.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, c.status AS status, COUNT { (c)-[:HAS_EVIDENCE]->(:Evidence) } AS evidence,
       [(v:Validation)-[j:JUDGED]->(c) |
         {result: j.result, function: v.function, date: v.date, recordedAt: v.recordedAt}] AS judgements
