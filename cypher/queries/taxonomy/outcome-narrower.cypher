UNWIND $ids AS id
MATCH (:LearningOutcome {id: id})<-[:BROADER]-(n:LearningOutcome)
RETURN id, n
ORDER BY id, n.prefLabel_en
