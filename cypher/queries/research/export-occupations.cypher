// Export: every occupation, in store order (no ORDER BY, so the rows stream instead of being sorted
// in memory).
MATCH (o:Occupation)
RETURN o.id AS id, o.code AS code, o.iscoCode AS isco_code, o.prefLabel_en AS label,
       coalesce(o.status, 'released') AS status, o.source AS source
