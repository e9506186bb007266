// A cheap fingerprint of the taxonomy: what was loaded when, and how big it is (count store), and
// which generation of the meaning layer is in force. Instances sharing one database compare it to
// notice a load or a meaning-layer computation done by another instance.
OPTIONAL MATCH (d:DatasetLoad)
WITH collect(d.name + '@' + toString(d.loadedAt)) AS loads
OPTIONAL MATCH (r:TaxonomyRelease)
WITH loads, collect(coalesce(r.id, '') + '@' + toString(coalesce(r.importedAt, ''))) AS releases
OPTIONAL MATCH (m:MeaningLayer)
WITH loads, releases, collect(m.scope + '@' + coalesce(toString(m.generation), '')) AS meaning
RETURN loads, releases, meaning,
       COUNT { (:Occupation) } AS occupations,
       COUNT { (:LearningOutcome) } AS outcomes,
       COUNT { ()-[:REQUIRES]->() } AS requirements,
       COUNT { ()-[:BROADER]->() } AS broader
