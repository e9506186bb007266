package org.competenceatlas.transfer;

import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/** The source or target of a transfer, as the API shows it. */
public record Endpoint(String id, EndpointKind kind, Labels labels) implements Labelled {

  /** What kind of node a transfer starts or ends at. */
  public enum EndpointKind {
    OCCUPATION,
    QUALIFICATION,
    LEARNER
  }
}
