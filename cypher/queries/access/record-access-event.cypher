// Lines of learners' access logs, written together. Each line is a node of its own that names its
// learner, not a relationship of the learner's node, so writing it takes no lock the learner's own
// changes need. A line whose learner has been erased in the meantime finds no learner and is dropped.
UNWIND $lines AS line
MATCH (l:Learner {id: line.learnerId})
CREATE (:AccessEvent {
  id: line.id, learnerId: l.id, at: line.at, actor: line.actor, action: line.action,
  detail: line.detail
})
