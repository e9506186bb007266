UNWIND $ids AS id
MATCH (:OutcomeGroup {id: id})<-[:BROADER]-(n)
RETURN id, n
ORDER BY id, n.prefLabel_en
