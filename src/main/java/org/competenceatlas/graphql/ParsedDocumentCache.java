package org.competenceatlas.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Keeps parsed and validated GraphQL documents by their text, so the documents a frontend sends
 * again and again (with different variables) are parsed and validated once. Parsing and validation
 * were about a twentieth of the server's processor time under the mixed load of docs/benchmarks.md.
 * The schema does not change while the application runs, so an entry never goes stale; per-request
 * checks (access rules, depth and complexity limits) run at execution and are not skipped.
 */
@Component
class ParsedDocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

  static final int MAX_DOCUMENTS = 500;

  /** Longer documents are parsed every time: they are rare, and would crowd out the usual ones. */
  static final int MAX_CACHED_LENGTH = 16 * 1024;

  private final Cache<String, PreparsedDocumentEntry> documents =
      Caffeine.newBuilder().maximumSize(MAX_DOCUMENTS).build();

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    var query = input.getQuery();
    if (query.length() > MAX_CACHED_LENGTH) {
      return CompletableFuture.completedFuture(parseAndValidate.apply(input));
    }
    return CompletableFuture.completedFuture(
        documents.get(query, text -> parseAndValidate.apply(input)));
  }

  long size() {
    documents.cleanUp();
    return documents.estimatedSize();
  }

  @Override
  public void customize(GraphQlSource.SchemaResourceBuilder builder) {
    builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
  }
}
