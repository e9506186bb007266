// Access control: one portfolio per signed-in account; grants and access-log lines by id; grants
// looked up by their holder on every read of a learner by someone else.
CREATE CONSTRAINT learner_account IF NOT EXISTS FOR (n:Learner) REQUIRE n.account IS UNIQUE;
CREATE CONSTRAINT assessor_account IF NOT EXISTS FOR (n:Assessor) REQUIRE n.account IS UNIQUE;
CREATE CONSTRAINT access_grant_id IF NOT EXISTS FOR (n:AccessGrant) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT access_event_id IF NOT EXISTS FOR (n:AccessEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX access_grant_grantee IF NOT EXISTS FOR (n:AccessGrant) ON (n.grantee);
