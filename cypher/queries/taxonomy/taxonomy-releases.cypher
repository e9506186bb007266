// The imported taxonomy releases, the newest import first.
MATCH (r:TaxonomyRelease)
WITH r
ORDER BY r.importedAt DESC
RETURN r {.*, importedAt: toString(r.importedAt)} AS r
