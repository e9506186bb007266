// While a restore runs, each node carries its backup id under _atlasRestoreKey so relationships can
// find their ends; the uniqueness constraint makes those look-ups index seeks. GraphRestore names
// the same label and property in the statements it builds per label.
CREATE CONSTRAINT atlas_restore_key IF NOT EXISTS
FOR (n:_AtlasRestore) REQUIRE n._atlasRestoreKey IS UNIQUE
