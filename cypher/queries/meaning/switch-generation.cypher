// Puts a new generation of links in force, in one step, and records how it was computed.
MATCH (m:MeaningLayer {scope: $scope})
WHERE m.leaseHolder = $holder
SET m += $summary,
    m.generation = $generation,
    m.state = 'READY',
    m.computedAt = datetime(),
    m.message = null
REMOVE m.leaseHolder, m.leaseUntil
RETURN count(m) AS switched
