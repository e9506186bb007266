// One batch of embeddings: four bytes per number, little-endian.
UNWIND $rows AS row
MERGE (e:OutcomeEmbedding {id: row.id})
SET e.key = row.key, e.model = $model, e.vector = row.vector
