// The learner's access-log lines: nodes of their own that name the learner.
MATCH (e:AccessEvent {learnerId: $learnerId})
RETURN elementId(e) AS nodeId
