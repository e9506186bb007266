// Export: every learning outcome with its type, reuse level and derived breadth, in store order.
MATCH (lo:LearningOutcome)
RETURN lo.id AS id, lo.prefLabel_en AS label, lo.outcomeType AS outcome_type,
       lo.reuseLevel AS reuse_level, coalesce(lo.status, 'released') AS status,
       lo.source AS source, lo.occupationCount AS occupation_count,
       lo.essentialOccupationCount AS essential_occupation_count,
       lo.iscoMajorGroupCount AS isco_major_group_count,
       lo.essentialIscoMajorGroupCount AS essential_isco_major_group_count
