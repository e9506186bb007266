// ESCO's thematic collections. A collection node is shared vocabulary: when the graph already has
// one with this id (the seed world's, say), ESCO's members join it and its own properties stay.
UNWIND $rows AS row
MERGE (c:Collection {id: row.id})
ON CREATE SET c += row, c.source = 'esco'
