package org.competenceatlas.badges;

/** An OpenBadgeCredential: its id and the JSON-LD document. */
record OpenBadge(String id, String json) {}
