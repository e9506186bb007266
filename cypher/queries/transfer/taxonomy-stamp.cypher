// A cheap fingerprint of the taxonomy: what was loaded when, and how big it is (count store).
// Instances sharing one database compare it to notice a load done by another instance.
OPTIONAL MATCH (d:DatasetLoad)
WITH collect(d.name + '@' + toString(d.loadedAt)) AS loads
OPTIONAL MATCH (r:TaxonomyRelease)
WITH loads, collect(coalesce(r.id, '') + '@' + toString(coalesce(r.importedAt, ''))) AS releases
RETURN loads, releases,
       COUNT { (:Occupation) } AS occupations,
       COUNT { (:LearningOutcome) } AS outcomes,
       COUNT { ()-[:REQUIRES]->() } AS requirements,
       COUNT { ()-[:BROADER]->() } AS broader
