// Learning opportunities that teach any of the given outcomes, with the ones they teach.
UNWIND $ids AS id
MATCH (:LearningOutcome {id: id})<-[:TEACHES]-(o:LearningOpportunity)
RETURN o, collect(DISTINCT id) AS outcomes
ORDER BY o.prefLabel_en
