// Export: every ISCO group, from major group (one digit) to unit group (four), in store order.
MATCH (g:IscoGroup)
RETURN g.id AS id, g.code AS code, g.prefLabel_en AS label,
       coalesce(g.status, 'released') AS status, g.source AS source
