// The versions of the ESCO releases already imported.
MATCH (r:TaxonomyRelease {source: 'esco'})
RETURN collect(r.version) AS versions
