// What the graph holds, for readiness and the start-up log. The label counts come from the count
// store, so this stays cheap however large the taxonomy is. Every step aggregates without a
// grouping key, or groups by a value that always exists, so an empty graph still gives one row.
OPTIONAL MATCH (r:TaxonomyRelease)
WITH r
  ORDER BY r.importedAt
WITH collect(CASE WHEN r IS NOT NULL
  THEN {version: r.version, source: r.source, importedAt: toString(r.importedAt)} END) AS releases
OPTIONAL MATCH (d:DatasetLoad)
WITH releases, d
  ORDER BY d.loadedAt
WITH releases,
     collect(CASE WHEN d IS NOT NULL THEN {name: d.name, loadedAt: toString(d.loadedAt)} END)
       AS datasets
RETURN COUNT { (:Occupation) } AS occupations,
       COUNT { (:LearningOutcome) } AS learningOutcomes,
       releases,
       datasets
