package org.competenceatlas.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells, before a request executes, whether the operation it asks for is a mutation, so that {@link
 * ExecutionSlots} can keep a writer's promise to answer within {@code atlas.writes.answer-within}.
 * A document without the word {@code mutation} is no mutation and is not parsed, so readers pay a
 * text search; the others are parsed once per document text. A document that does not parse counts
 * as no mutation: GraphQL refuses it anyway.
 */
final class MutationDocuments {

  private final Cache<String, Map<String, Boolean>> documents =
      Caffeine.newBuilder().maximumSize(ParsedDocumentCache.MAX_DOCUMENTS).build();

  /**
   * Whether {@code operationName} (or the document's only operation, when null or empty) is a
   * mutation.
   */
  boolean isMutation(String document, String operationName) {
    if (document == null || !document.contains("mutation")) {
      return false;
    }
    var operations =
        document.length() > ParsedDocumentCache.MAX_CACHED_LENGTH
            ? operations(document)
            : documents.get(document, MutationDocuments::operations);
    if (operationName != null && !operationName.isEmpty()) {
      return operations.getOrDefault(operationName, false);
    }
    return operations.size() == 1 && operations.values().iterator().next();
  }

  /** Each operation's name ("" when it has none) and whether it is a mutation. */
  private static Map<String, Boolean> operations(String document) {
    var operations = new HashMap<String, Boolean>();
    try {
      for (var operation : Parser.parse(document).getDefinitionsOfType(OperationDefinition.class)) {
        operations.put(
            operation.getName() == null ? "" : operation.getName(),
            operation.getOperation() == OperationDefinition.Operation.MUTATION);
      }
    } catch (RuntimeException unparsable) {
      return Map.of();
    }
    return Map.copyOf(operations);
  }
}
