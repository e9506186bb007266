// Yardstick for the ESCO import (docs/benchmarks.md): the essential work of importing the English
// ESCO release, as a plain LOAD CSV script run statement by statement (each statement its own
// transaction) against a store with the same schema (migrations V001-V004). It trusts the files:
// no validation, no report, one language, no concept schemes, no versioning beyond a fixed
// 'releases' value. The benchmark runner sets the DBMS's import directory to the release folder.

LOAD CSV WITH HEADERS FROM 'file:///ISCOGroups_en.csv' AS row
MERGE (n:IscoGroup {id: row.conceptUri})
SET n.code = row.code,
    n.prefLabel_en = trim(row.preferredLabel),
    n.altLabels_en = [l IN split(coalesce(row.altLabels, ''), '\n') WHERE trim(l) <> '' | trim(l)],
    n.description_en = CASE WHEN trim(coalesce(row.description, '')) = '' THEN null ELSE trim(row.description) END,
    n.source = 'esco', n.status = 'released', n.releases = ['1.2.0'];

LOAD CSV WITH HEADERS FROM 'file:///skillGroups_en.csv' AS row
MERGE (n:OutcomeGroup {id: row.conceptUri})
SET n.code = row.code,
    n.prefLabel_en = trim(row.preferredLabel),
    n.altLabels_en = [l IN split(coalesce(row.altLabels, ''), '\n') WHERE trim(l) <> '' | trim(l)],
    n.scopeNote_en = CASE WHEN trim(coalesce(row.scopeNote, '')) = '' THEN null ELSE trim(row.scopeNote) END,
    n.description_en = CASE WHEN trim(coalesce(row.description, '')) = '' THEN null ELSE trim(row.description) END,
    n.source = 'esco', n.status = 'released', n.releases = ['1.2.0'];

LOAD CSV WITH HEADERS FROM 'file:///skills_en.csv' AS row
MERGE (n:LearningOutcome {id: row.conceptUri})
SET n.outcomeType = CASE WHEN coalesce(row.skillType, '') = '' THEN null ELSE row.skillType END,
    n.reuseLevel = CASE WHEN coalesce(row.reuseLevel, '') = '' THEN null ELSE row.reuseLevel END,
    n.prefLabel_en = trim(row.preferredLabel),
    n.altLabels_en = [l IN split(coalesce(row.altLabels, ''), '\n') WHERE trim(l) <> '' | trim(l)],
    n.hiddenLabels_en = [l IN split(coalesce(row.hiddenLabels, ''), '\n') WHERE trim(l) <> '' | trim(l)],
    n.scopeNote_en = CASE WHEN trim(coalesce(row.scopeNote, '')) = '' THEN null ELSE trim(row.scopeNote) END,
    n.description_en = CASE WHEN trim(coalesce(row.description, '')) = '' THEN null ELSE trim(row.description) END,
    n.source = 'esco', n.status = 'released', n.releases = ['1.2.0'];

LOAD CSV WITH HEADERS FROM 'file:///occupations_en.csv' AS row
MERGE (n:Occupation {id: row.conceptUri})
SET n.code = row.code,
    n.iscoCode = row.iscoGroup,
    n.regulatedProfessionNote = row.regulatedProfessionNote,
    n.prefLabel_en = trim(row.preferredLabel),
    n.altLabels_en = [l IN split(coalesce(row.altLabels, ''), '\n') WHERE trim(l) <> '' | trim(l)],
    n.hiddenLabels_en = [l IN split(coalesce(row.hiddenLabels, ''), '\n') WHERE trim(l) <> '' | trim(l)],
    n.scopeNote_en = CASE WHEN trim(coalesce(row.scopeNote, '')) = '' THEN null ELSE trim(row.scopeNote) END,
    n.description_en = CASE WHEN trim(coalesce(row.description, '')) = '' THEN null ELSE trim(row.description) END,
    n.source = 'esco', n.status = 'released', n.releases = ['1.2.0'];

MATCH (o:Occupation {source: 'esco'})
MATCH (g:IscoGroup {code: o.iscoCode})
CREATE (o)-[:IN_ISCO_GROUP]->(g);

LOAD CSV WITH HEADERS FROM 'file:///broaderRelationsOccPillar_en.csv' AS row
WITH row WHERE row.conceptType = 'ISCOGroup'
MATCH (a:IscoGroup {id: row.conceptUri})
MATCH (b:IscoGroup {id: row.broaderUri})
CREATE (a)-[:BROADER]->(b);

LOAD CSV WITH HEADERS FROM 'file:///broaderRelationsOccPillar_en.csv' AS row
WITH row WHERE row.conceptType = 'Occupation' AND row.broaderType = 'Occupation'
MATCH (a:Occupation {id: row.conceptUri})
MATCH (b:Occupation {id: row.broaderUri})
CREATE (a)-[:BROADER]->(b);

LOAD CSV WITH HEADERS FROM 'file:///broaderRelationsSkillPillar_en.csv' AS row
WITH row WHERE row.conceptType = 'SkillGroup'
MATCH (a:OutcomeGroup {id: row.conceptUri})
MATCH (b:OutcomeGroup {id: row.broaderUri})
CREATE (a)-[:BROADER]->(b);

LOAD CSV WITH HEADERS FROM 'file:///broaderRelationsSkillPillar_en.csv' AS row
WITH row WHERE row.conceptType = 'KnowledgeSkillCompetence' AND row.broaderType = 'SkillGroup'
MATCH (a:LearningOutcome {id: row.conceptUri})
MATCH (b:OutcomeGroup {id: row.broaderUri})
CREATE (a)-[:BROADER]->(b);

LOAD CSV WITH HEADERS FROM 'file:///broaderRelationsSkillPillar_en.csv' AS row
WITH row WHERE row.conceptType = 'KnowledgeSkillCompetence' AND row.broaderType = 'KnowledgeSkillCompetence'
MATCH (a:LearningOutcome {id: row.conceptUri})
MATCH (b:LearningOutcome {id: row.broaderUri})
CREATE (a)-[:BROADER]->(b);

LOAD CSV WITH HEADERS FROM 'file:///occupationSkillRelations_en.csv' AS row
MATCH (o:Occupation {id: row.occupationUri})
MATCH (s:LearningOutcome {id: row.skillUri})
CREATE (o)-[:REQUIRES {importance: row.relationType}]->(s);

LOAD CSV WITH HEADERS FROM 'file:///skillSkillRelations_en.csv' AS row
MATCH (a:LearningOutcome {id: row.originalSkillUri})
MATCH (b:LearningOutcome {id: row.relatedSkillUri})
CREATE (a)-[:RELATED {importance: row.relationType}]->(b);

UNWIND [['transversal', 'transversalSkillsCollection_en.csv'], ['digital', 'digitalSkillsCollection_en.csv'],
        ['digcomp', 'digCompSkillsCollection_en.csv'], ['green', 'greenSkillsCollection_en.csv'],
        ['language', 'languageSkillsCollection_en.csv'], ['research-skills', 'researchSkillsCollection_en.csv']] AS collection
MERGE (c:Collection {id: collection[0]}) ON CREATE SET c.source = 'esco'
WITH c, collection
LOAD CSV WITH HEADERS FROM 'file:///' + collection[1] AS row
MATCH (s:LearningOutcome {id: row.conceptUri})
CREATE (s)-[:IN_COLLECTION]->(c);

MERGE (c:Collection {id: 'research-occupations'}) ON CREATE SET c.source = 'esco'
WITH c
LOAD CSV WITH HEADERS FROM 'file:///researchOccupationsCollection_en.csv' AS row
MATCH (o:Occupation {id: row.conceptUri})
CREATE (o)-[:IN_COLLECTION]->(c);

// The same derivation as cypher/queries/taxonomy/derive-outcome-breadth.cypher.
MATCH (lo:LearningOutcome)
OPTIONAL MATCH (o:Occupation)-[r:REQUIRES]->(lo)
WITH lo, o, max(CASE WHEN r.importance = 'essential' THEN 1 ELSE 0 END) AS essential
WITH lo,
     count(o) AS occupations,
     sum(CASE WHEN o IS NULL THEN 0 ELSE essential END) AS essentialOccupations,
     count(DISTINCT left(o.iscoCode, 1)) AS majorGroups,
     count(DISTINCT CASE WHEN essential = 1 THEN left(o.iscoCode, 1) END) AS essentialMajorGroups
SET lo.occupationCount = occupations,
    lo.essentialOccupationCount = essentialOccupations,
    lo.iscoMajorGroupCount = majorGroups,
    lo.essentialIscoMajorGroupCount = essentialMajorGroups;
