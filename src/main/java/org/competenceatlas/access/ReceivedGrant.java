package org.competenceatlas.access;

import java.time.ZonedDateTime;

/** A grant as the adviser or assessor holding it sees it. */
record ReceivedGrant(
    String learnerId, String learnerName, GrantRole role, ZonedDateTime expiresAt) {}
