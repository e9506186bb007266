// Occupations are filtered by ISCO group code; ISCO groups are looked up by code on import.
CREATE INDEX occupation_isco_code IF NOT EXISTS FOR (n:Occupation) ON (n.iscoCode);
CREATE INDEX isco_group_code IF NOT EXISTS FOR (n:IscoGroup) ON (n.code);
