// Access-log lines become nodes that name their learner instead of relationships of the learner's
// node: appending one then takes no lock of the learner (docs/reliability.md). They are read and
// erased by learner id, newest first.
CREATE INDEX access_event_learner IF NOT EXISTS FOR (n:AccessEvent) ON (n.learnerId, n.at);
MATCH (l:Learner)-[logged:ACCESS_LOGGED]->(e:AccessEvent)
SET e.learnerId = l.id
DELETE logged;
