// The outcomes most of a group of occupations require, for the clusters of the transfer graph.
UNWIND $ids AS id
MATCH (o:Occupation {id: id})-[:REQUIRES]->(lo:LearningOutcome)
WITH lo, count(DISTINCT o) AS occupations
RETURN lo, occupations
ORDER BY occupations DESC, lo.id
LIMIT $limit
