// The release node: which release, when, in which languages, and what it held.
MERGE (r:TaxonomyRelease {id: $id})
ON CREATE SET r.firstImportedAt = datetime()
SET r += $counts,
    r.source = 'esco',
    r.version = $version,
    r.languages = $languages,
    r.importedAt = datetime()
