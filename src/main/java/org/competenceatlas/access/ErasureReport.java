package org.competenceatlas.access;

/** What erasing a learner removed. */
record ErasureReport(
    String learnerId, int nodesDeleted, int relationshipsDeleted, int validationsDeleted) {}
