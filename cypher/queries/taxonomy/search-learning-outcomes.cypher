// $query is built by LabelSearch from letters and digits only.
CALL db.index.fulltext.queryNodes('learning_outcome_labels', $query, {skip: $skip, limit: $limit})
YIELD node, score
RETURN node, score
