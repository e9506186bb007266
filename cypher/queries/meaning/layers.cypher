// The state of the meaning layer of every scope.
MATCH (m:MeaningLayer)
RETURN m {.*, computedAt: toString(m.computedAt), startedAt: toString(m.startedAt),
          leaseUntil: toString(m.leaseUntil), leaseExpired: m.leaseUntil IS NULL OR m.leaseUntil < datetime()} AS layer
ORDER BY m.scope
