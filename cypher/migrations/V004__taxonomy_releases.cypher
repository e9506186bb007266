// Imported taxonomy releases (ESCO 1.2.0, ...) are recorded as nodes, one per release; ESCO's
// concept schemes become nodes too. Both are addressed by id.
CREATE CONSTRAINT taxonomy_release_id IF NOT EXISTS FOR (n:TaxonomyRelease) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT concept_scheme_id IF NOT EXISTS FOR (n:ConceptScheme) REQUIRE n.id IS UNIQUE;
