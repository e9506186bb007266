// Taking the learner's write lock: every portfolio mutation starts here, so concurrent changes to
// one learner run one after the other. The version orders the audit trail and the stage history.
MATCH (l:Learner {id: $id})
SET l.version = coalesce(l.version, 0) + 1
RETURN l.version AS version
