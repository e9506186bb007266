// Records a state that needs no computation: up to date, model unavailable, or failed.
MERGE (m:MeaningLayer {scope: $scope})
SET m.state = $state, m.message = $message, m.model = $model, m.checkedAt = datetime()
WITH m
WHERE m.leaseHolder = $holder
REMOVE m.leaseHolder, m.leaseUntil
RETURN count(m) AS released
