// Export: every outcome group of the skills hierarchy, in store order.
MATCH (g:OutcomeGroup)
RETURN g.id AS id, g.code AS code, g.prefLabel_en AS label,
       coalesce(g.status, 'released') AS status, g.source AS source
