// The meaning layer: one embedding per learning outcome (addressed by the outcome's id) and one
// state node per source of outcomes (esco, seed) saying which generation of SIMILAR links is in force.
CREATE CONSTRAINT outcome_embedding_id IF NOT EXISTS FOR (n:OutcomeEmbedding) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meaning_layer_scope IF NOT EXISTS FOR (n:MeaningLayer) REQUIRE n.scope IS UNIQUE;
