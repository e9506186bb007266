// Claims the scope's computation for one holder, unless another holds an unexpired lease. The first
// SET takes the node's write lock, so two instances cannot both read the lease as free.
MERGE (m:MeaningLayer {scope: $scope})
SET m.claimedBy = $holder
WITH m
WHERE m.leaseHolder IS NULL OR m.leaseHolder = $holder OR m.leaseUntil < datetime()
SET m.leaseHolder = $holder,
    m.leaseUntil = datetime() + duration($lease),
    m.state = 'COMPUTING',
    m.model = $model,
    m.startedAt = datetime(),
    m.message = null
RETURN m.generation AS generation
