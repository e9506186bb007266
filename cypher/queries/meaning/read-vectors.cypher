UNWIND $ids AS id
MATCH (e:OutcomeEmbedding {id: id})
RETURN e.id AS id, e.key AS key, e.vector AS vector
