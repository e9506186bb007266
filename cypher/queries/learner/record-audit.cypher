// One entry of the learner's audit trail, ordered by the learner's version.
MATCH (l:Learner {id: $learnerId})
CREATE (l)-[:AUDIT_LOGGED]->(:AuditEvent {
  id: randomUUID(), at: datetime(), actor: $actor, action: $action, detail: $detail,
  version: l.version
})
