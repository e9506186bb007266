// Which outcomes already have an embedding, and of which text and model (the key says both).
UNWIND $ids AS id
MATCH (e:OutcomeEmbedding {id: id})
RETURN e.id AS id, e.key AS key
