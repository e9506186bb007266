// After a restore: the restore key's constraint is no longer needed.
DROP CONSTRAINT atlas_restore_key IF EXISTS
