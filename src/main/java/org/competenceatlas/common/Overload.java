package org.competenceatlas.common;

import graphql.ErrorClassification;

/**
 * The classifications of errors that ask the client to try again later: the server, or the part of
 * it the request needs (one learner's writes), is busy. Such errors carry {@code retryable: true}
 * and {@code retryAfterSeconds} in their extensions, and the HTTP answer a {@code Retry-After}
 * header.
 */
public enum Overload implements ErrorClassification {
  /** The request could not get its turn in time: writes of this learner, or the database. */
  UNAVAILABLE,
  /** The client has used up its request budget. */
  TOO_MANY_REQUESTS
}
