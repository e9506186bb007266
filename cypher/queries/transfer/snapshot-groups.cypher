MATCH (g:OutcomeGroup)
RETURN g
