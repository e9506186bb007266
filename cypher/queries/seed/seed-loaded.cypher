// Whether the seed world was loaded before.
MATCH (d:DatasetLoad {name: $name})
RETURN count(d) > 0 AS loaded
