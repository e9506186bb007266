// The data-driven complement of ESCO's reuse level: how many occupations, and how many ISCO major
// groups (first digit of the ISCO code), require each outcome. Run after every taxonomy load.
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
    lo.essentialIscoMajorGroupCount = essentialMajorGroups
RETURN count(lo) AS outcomes
