package org.competenceatlas.operations;

/**
 * What a backup wrote or a restore loaded.
 *
 * @param nodes nodes written or created
 * @param relationships relationships written or created
 * @param skippedRelationships relationships left out of a backup because a write committed during
 *     the export removed or added one of their nodes; 0 when nothing wrote meanwhile
 * @param schemaStatements constraints and indexes written or created
 */
public record BackupSummary(
    long nodes, long relationships, long skippedRelationships, int schemaStatements) {}
