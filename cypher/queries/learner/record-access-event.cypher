// Lines of learners' access logs, written together. A line whose learner has been erased in the
// meantime finds no learner and is dropped with it.
UNWIND $lines AS line
MATCH (l:Learner {id: line.learnerId})
CREATE (l)-[:ACCESS_LOGGED]->(:AccessEvent {
  id: line.id, at: line.at, actor: line.actor, action: line.action, detail: line.detail
})
