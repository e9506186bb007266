// Every node the application addresses has a unique id: the concept URI for taxonomy concepts,
// an opaque id for learner data. A uniqueness constraint also gives each id a lookup index.
CREATE CONSTRAINT occupation_id IF NOT EXISTS FOR (n:Occupation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT learning_outcome_id IF NOT EXISTS FOR (n:LearningOutcome) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outcome_group_id IF NOT EXISTS FOR (n:OutcomeGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT isco_group_id IF NOT EXISTS FOR (n:IscoGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT collection_id IF NOT EXISTS FOR (n:Collection) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT qualification_id IF NOT EXISTS FOR (n:Qualification) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT qualification_unit_id IF NOT EXISTS FOR (n:QualificationUnit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT learning_opportunity_id IF NOT EXISTS FOR (n:LearningOpportunity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT learner_id IF NOT EXISTS FOR (n:Learner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT experience_id IF NOT EXISTS FOR (n:Experience) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT validation_id IF NOT EXISTS FOR (n:Validation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assessor_id IF NOT EXISTS FOR (n:Assessor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.version IS UNIQUE;
CREATE CONSTRAINT dataset_load_name IF NOT EXISTS FOR (n:DatasetLoad) REQUIRE n.name IS UNIQUE;
