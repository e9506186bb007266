// Ids only: the caller takes the occupations from its in-memory copy of the taxonomy, so whole
// nodes with descriptions need not cross Bolt. $query is built by LabelSearch.
CALL db.index.fulltext.queryNodes('occupation_labels', $query, {skip: $skip, limit: $limit})
YIELD node, score
RETURN node.id AS id, score
