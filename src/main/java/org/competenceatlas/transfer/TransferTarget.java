package org.competenceatlas.transfer;

/** Where a transfer goes: an occupation or a qualification. Exactly one of the ids is set. */
public record TransferTarget(String occupationId, String qualificationId) {}
