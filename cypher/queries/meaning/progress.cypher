// Progress of the computation, which also renews the lease.
MATCH (m:MeaningLayer {scope: $scope})
WHERE m.leaseHolder = $holder
SET m += $progress, m.leaseUntil = datetime() + duration($lease)
RETURN count(m) AS held
