// After a restore: takes the restore key off up to 10,000 nodes; run until it answers 0.
MATCH (n:_AtlasRestore)
WITH n LIMIT 10000
REMOVE n:_AtlasRestore
REMOVE n._atlasRestoreKey
RETURN count(n) AS n
