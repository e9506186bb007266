package org.competenceatlas.access;

/** The GraphQL input of {@code grantAccess}. */
record AccessGrantInput(String grantee, GrantRole role, String expiresAt) {}
