// One breadth-first step through a learner's own data: the neighbours of the frontier that carry
// a personal label. Taxonomy nodes and assessors never do, so the walk stays inside one person.
UNWIND $frontier AS nodeId
MATCH (n)--(m)
WHERE elementId(n) = nodeId AND any(label IN labels(m) WHERE label IN $personalLabels)
RETURN DISTINCT elementId(m) AS nodeId
