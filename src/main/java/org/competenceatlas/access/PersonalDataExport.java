package org.competenceatlas.access;

import java.time.ZonedDateTime;

/** Everything about one learner as a JSON document, with its size. */
record PersonalDataExport(
    String learnerId,
    ZonedDateTime exportedAt,
    int nodeCount,
    int relationshipCount,
    String document) {}
