// One line of the learner's access log.
MATCH (l:Learner {id: $learnerId})
CREATE (l)-[:ACCESS_LOGGED]->(:AccessEvent {
  id: randomUUID(), at: datetime(), actor: $actor, action: $action, detail: $detail
})
