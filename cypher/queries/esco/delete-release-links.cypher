// Before a release is written over an earlier one, the relationships the importer owns go: those
// of its types between two ESCO nodes (or from an ESCO node to a shared collection). The release
// then writes its own, so they always equal the newest release. Nodes stay, and so does every
// relationship anybody else made to them (claims, qualification units, ...).
MATCH (a:Occupation|LearningOutcome|OutcomeGroup|IscoGroup|ConceptScheme)
WHERE a.source = 'esco'
MATCH (a)-[r:BROADER|IN_ISCO_GROUP|REQUIRES|RELATED|IN_COLLECTION|HAS_TOP_CONCEPT]->(b)
WHERE b.source = 'esco' OR b:Collection
DELETE r
RETURN count(r) AS deleted
