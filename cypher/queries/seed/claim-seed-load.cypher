// Instances starting together on an empty database: the uniqueness constraint on the marker makes
// the others wait here until the first commits, then find it loaded.
MERGE (d:DatasetLoad {name: $name})
RETURN d.loadedAt IS NOT NULL AS loaded
