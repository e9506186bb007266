// Marks the seed world loaded, with the scripts that made it.
MATCH (d:DatasetLoad {name: $name})
SET d.loadedAt = datetime(), d.files = $files
