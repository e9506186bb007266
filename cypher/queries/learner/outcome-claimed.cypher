MATCH (:Learner {id: $learnerId})-[:MADE]->(:Claim)-[:ABOUT]->(:LearningOutcome {id: $outcomeId})
RETURN count(*) > 0 AS claimed
