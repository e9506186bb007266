package org.competenceatlas.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.TypeName;
import graphql.parser.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.common.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The default depth and complexity limits leave room for every query the project itself shows or
 * tests, the examples of the README and docs/, and the documents of
 * src/test/resources/graphql-test, even when they ask for the largest page.
 */
@AtlasTest
class DefaultLimitsFitRealQueriesTest {

  private static final Pattern DOCUMENTED_EXAMPLE =
      Pattern.compile("```graphql\\R(.*?)```", Pattern.DOTALL);

  @Autowired GraphQlSource graphQl;
  @Autowired GraphQlLimitsProperties limits;

  @Test
  void everyDocumentedAndTestedQueryStaysWithinTheDefaultLimitsAtTheLargestPage()
      throws IOException {
    var documents = documents();
    assertThat(documents).hasSizeGreaterThan(10);
    documents.forEach(
        (name, text) -> {
          var document = Parser.parse(text);
          var query =
              new QueryLimitsInstrumentation.Query(
                  graphQl.schema(),
                  document,
                  null,
                  CoercedVariables.of(requiredVariables(document)));
          assertThat(query.depth()).as(name).isLessThanOrEqualTo(limits.maxDepth() - 2);
          assertThat(query.cost()).as(name).isLessThanOrEqualTo(limits.maxComplexity());
        });
  }

  /**
   * The largest page for {@code $first}, and a value for each variable without which the document
   * cannot run; the rest take their defaults.
   */
  private static Map<String, Object> requiredVariables(Document document) {
    var values = new HashMap<String, Object>();
    for (var operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      for (var variable : operation.getVariableDefinitions()) {
        if (variable.getName().equals("first")) {
          values.put("first", PageRequest.MAX_PAGE_SIZE);
        }
        if (variable.getType() instanceof NonNullType nonNull
            && nonNull.getType() instanceof TypeName type) {
          values.put(
              variable.getName(),
              switch (type.getName()) {
                case "ID", "String" -> "x";
                case "Int" -> 1;
                case "Float" -> 0.5;
                case "Boolean" -> true;
                default -> Map.of();
              });
        }
      }
    }
    return values;
  }

  private static Map<String, String> documents() throws IOException {
    var documents = new LinkedHashMap<String, String>();
    var pages = new ArrayList<Path>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(doc -> doc.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    for (var page : pages) {
      var example = DOCUMENTED_EXAMPLE.matcher(Files.readString(page));
      for (int i = 1; example.find(); i++) {
        documents.put(page + " example " + i, example.group(1));
      }
    }
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test"))) {
      for (var file : files.sorted().toList()) {
        documents.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return documents;
  }
}
