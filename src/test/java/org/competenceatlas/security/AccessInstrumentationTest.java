package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import java.util.Set;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.Role;
import org.junit.jupiter.api.Test;

/** The access check on a schema of its own, for the settings the application tests leave alone. */
class AccessInstrumentationTest {

  private static final String SDL =
      """
      directive @access(rule: AccessRule!, learner: String) on FIELD_DEFINITION
      enum AccessRule {
        TAXONOMY SIGNED_IN LEARNER_READ LEARNER_OWNER LEARNER_PLAN LEARNER_VALIDATE RESEARCHER ADMIN
      }
      type Query {
        occupations: Int @access(rule: TAXONOMY)
        aggregates: Int @access(rule: RESEARCHER)
        imports: Int @access(rule: ADMIN)
        forgotten: Int
      }
      """;

  /** A root that hands out a person, whose fields graphql-java reads with its property fetcher. */
  private static final String WITH_PERSON =
      "type Query { occupations: Int @access(rule: TAXONOMY) person: Person @access(rule: TAXONOMY) }\n";

  @Test
  void closedTaxonomyAsksForSignInAndLetsAnySignedInUserRead() {
    var closed = graphQl(false);

    assertThat(run(closed, "{ occupations }", Actor.ANONYMOUS)).contains("Sign in");
    assertThat(run(closed, "{ occupations }", actor(Role.LEARNER))).isEqualTo("ok");
    assertThat(run(graphQl(true), "{ occupations }", Actor.ANONYMOUS)).isEqualTo("ok");
  }

  @Test
  void researcherAndAdminFieldsNeedTheirRole() {
    var api = graphQl(true);

    assertThat(run(api, "{ aggregates }", actor(Role.RESEARCHER))).isEqualTo("ok");
    assertThat(run(api, "{ aggregates }", actor(Role.ADMIN))).isEqualTo("ok");
    assertThat(run(api, "{ aggregates }", actor(Role.ADVISER))).contains("for researchers only");
    assertThat(run(api, "{ imports }", actor(Role.RESEARCHER))).contains("for administrators only");
    assertThat(run(api, "{ imports }", actor(Role.ADMIN))).isEqualTo("ok");
  }

  @Test
  void aRootFieldWithoutARuleIsClosedToEveryone() {
    assertThat(run(graphQl(true), "{ forgotten }", actor(Role.ADMIN)))
        .contains("has no access rule");
  }

  @Test
  void aRootFieldReadByAPropertyFetcherIsStillClosed() {
    var schema = schema("type Query { occupations: Int @access(rule: TAXONOMY) unwired: Int }");

    assertThat(AccessInstrumentation.noPropertyFieldNeedsADecision(schema)).isFalse();
    assertThat(run(withAccess(schema), "{ unwired }", actor(Role.ADMIN)))
        .contains("has no access rule");
  }

  @Test
  void aRuleOnAPropertyFieldIsStillChecked() {
    var schema =
        schema(WITH_PERSON + "type Person { name: String secret: String @access(rule: ADMIN) }");

    assertThat(AccessInstrumentation.noPropertyFieldNeedsADecision(schema)).isFalse();
    assertThat(run(withAccess(schema), "{ person { name secret } }", actor(Role.RESEARCHER)))
        .contains("for administrators only");
    assertThat(run(withAccess(schema), "{ person { name secret } }", actor(Role.ADMIN)))
        .isEqualTo("ok");
  }

  @Test
  void propertyFieldsPassUncheckedWhenNoneIsARootOrCarriesARule() {
    var schema = schema(WITH_PERSON + "type Person { name: String }");

    assertThat(AccessInstrumentation.noPropertyFieldNeedsADecision(schema)).isTrue();
    assertThat(run(withAccess(schema), "{ person { name } }", Actor.ANONYMOUS)).isEqualTo("ok");
  }

  private static graphql.schema.GraphQLSchema schema(String types) {
    return executable(SDL.substring(0, SDL.indexOf("type Query")) + types);
  }

  /** Every root field this test's schemas declare answers; fields a schema lacks are ignored. */
  private static graphql.schema.GraphQLSchema executable(String sdl) {
    var wiring =
        RuntimeWiring.newRuntimeWiring()
            .type(
                "Query",
                type ->
                    type.dataFetcher("occupations", env -> 1)
                        .dataFetcher("aggregates", env -> 1)
                        .dataFetcher("imports", env -> 1)
                        .dataFetcher("forgotten", env -> 1)
                        .dataFetcher("person", env -> Map.of("name", "Ada", "secret", "x")))
            .build();
    return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
  }

  private static GraphQL withAccess(graphql.schema.GraphQLSchema schema) {
    return withAccess(schema, true);
  }

  private static GraphQL withAccess(graphql.schema.GraphQLSchema schema, boolean publicTaxonomy) {
    return GraphQL.newGraphQL(schema)
        .instrumentation(new AccessInstrumentation(null, publicTaxonomy, null))
        .build();
  }

  private static Actor actor(Role role) {
    return new Actor("someone", Set.of(role));
  }

  private static GraphQL graphQl(boolean publicTaxonomy) {
    return withAccess(executable(SDL), publicTaxonomy);
  }

  private static String run(GraphQL graphQl, String query, Actor actor) {
    var result =
        graphQl.execute(
            ExecutionInput.newExecutionInput(query)
                .graphQLContext(Map.of(Actor.CONTEXT_KEY, actor))
                .build());
    return result.getErrors().isEmpty() ? "ok" : result.getErrors().get(0).getMessage();
  }
}
