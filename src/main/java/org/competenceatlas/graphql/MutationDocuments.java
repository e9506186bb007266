package org.competenceatlas.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells, before a request executes, whether the operation it asks for is a mutation, so that {@link
 * ExecutionSlots} can keep a writer's promise to answer within {@code atlas.writes.answer-within}.
 * This runs before the request has a slot, so it is kept cheap: a document without the word {@code
 * mutation} is not parsed, the others are parsed once while cached, with a small token limit and
 * without source locations or comments. A document that is longer than {@link
 * ParsedDocumentCache#MAX_CACHED_LENGTH}, exceeds the token limit or does not parse counts as no
 * mutation, and so waits for a slot as any request does.
 */
final class MutationDocuments {

  /** Far more than a mutation of this schema needs; a longer document counts as no mutation. */
  static final int MAX_TOKENS = 2_000;

  private static final ParserOptions OPTIONS =
      ParserOptions.getDefaultOperationParserOptions()
          .transform(
              options ->
                  options
                      .captureSourceLocation(false)
                      .captureLineComments(false)
                      .captureIgnoredChars(false)
                      .maxTokens(MAX_TOKENS));

  /** An operation's name (null when it has none) and whether it is a mutation. */
  private record Operation(String name, boolean mutation) {}

  private final Cache<String, List<Operation>> documents =
      Caffeine.newBuilder().maximumSize(ParsedDocumentCache.MAX_DOCUMENTS).build();

  /**
   * Whether the operation that graphql-java will run is a mutation: the one named {@code
   * operationName}, or with no name given the document's first operation, which it runs only when
   * the name is empty or the document has a single operation.
   */
  boolean isMutation(String document, String operationName) {
    if (document == null
        || document.length() > ParsedDocumentCache.MAX_CACHED_LENGTH
        || !document.contains("mutation")) {
      return false;
    }
    var operations = documents.get(document, MutationDocuments::operations);
    if (operations.isEmpty() || (operationName == null && operations.size() > 1)) {
      return false;
    }
    if (operationName == null || operationName.isEmpty()) {
      return operations.get(0).mutation();
    }
    return operations.stream()
        .anyMatch(operation -> operationName.equals(operation.name()) && operation.mutation());
  }

  private static List<Operation> operations(String document) {
    var operations = new ArrayList<Operation>();
    try {
      var parsed =
          Parser.parse(
              ParserEnvironment.newParserEnvironment()
                  .document(document)
                  .parserOptions(OPTIONS)
                  .build());
      for (var operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
        operations.add(
            new Operation(
                operation.getName(),
                operation.getOperation() == OperationDefinition.Operation.MUTATION));
      }
    } catch (RuntimeException unparsable) {
      return List.of();
    }
    return List.copyOf(operations);
  }
}
