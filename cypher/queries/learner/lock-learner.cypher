// Taking the learner's write lock: every portfolio mutation starts here, so concurrent changes to
// one learner run one after the other. The version orders the audit trail and the stage history.
// The node is addressed by element id (found by a read before) so that waiting for the lock holds
// no index lock another writer of this learner could need: that would be a deadlock.
MATCH (l:Learner)
WHERE elementId(l) = $nodeId
SET l.version = coalesce(l.version, 0) + 1
RETURN l.version AS version
