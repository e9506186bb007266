package org.competenceatlas.infrastructure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database the application cannot use into Spring Boot's "failed to start" report. */
public class Neo4jUnavailableFailureAnalyzer
    extends AbstractFailureAnalyzer<Neo4jUnavailableException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, Neo4jUnavailableException cause) {
    return new FailureAnalysis(cause.description(), cause.action(), cause);
  }
}
