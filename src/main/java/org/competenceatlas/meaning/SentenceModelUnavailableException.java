package org.competenceatlas.meaning;

/** The configured sentence model cannot be loaded: the meaning layer stays off. */
public class SentenceModelUnavailableException extends RuntimeException {

  SentenceModelUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
