package org.competenceatlas.security;

import graphql.TrivialDataFetcher;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.competenceatlas.access.LearnerAccess;
import org.competenceatlas.access.LearnerPermission;
import org.competenceatlas.common.AccessRefusedException;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.LearnerArgument;
import org.competenceatlas.common.Role;
import org.competenceatlas.common.TransientRetry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place where access is decided: before a field with an {@code @access} directive is
 * fetched, its rule is checked against the request's {@link Actor}. A root field without the
 * directive is refused, so a field added without a decision about who may call it stays closed.
 */
class AccessInstrumentation extends SimplePerformantInstrumentation {

  static final String DIRECTIVE = LearnerArgument.DIRECTIVE;
  private static final String DECISIONS = AccessInstrumentation.class.getName() + ".decisions";

  /** A field's rule, and the path of the argument naming a learner, if any. */
  record Policy(AccessRule rule, List<String> learnerArgument) {}

  private final LearnerAccess learners;
  private final boolean publicTaxonomy;

  /** By field definition: schema elements compare by identity, and each field has its own. */
  private final Map<GraphQLFieldDefinition, Optional<Policy>> policies = new ConcurrentHashMap<>();

  private record CheckedSchema(GraphQLSchema schema, boolean passThrough) {}

  private volatile CheckedSchema checkedSchema;

  private final TransactionTemplate readOnly;

  AccessInstrumentation(
      LearnerAccess learners, boolean publicTaxonomy, TransactionTemplate readOnly) {
    this.learners = learners;
    this.publicTaxonomy = publicTaxonomy;
    this.readOnly = readOnly;
  }

  /**
   * Decided from the field's step rather than its fetching environment: asking for the environment
   * builds it for every field, and for plain property fields graphql-java would otherwise not build
   * one at all (most of a large answer's fields).
   */
  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    if (parameters.isTrivialDataFetcher()
        && propertyFieldsNeedNoDecision(parameters.getExecutionContext().getGraphQLSchema())) {
      return fetcher;
    }
    var step = parameters.getExecutionStepInfo();
    var parent = step.getObjectType();
    var field = step.getFieldDefinition();
    if (parent == null || field == null) {
      return fetcher;
    }
    var policy = policies.computeIfAbsent(field, AccessInstrumentation::policyOf);
    if (policy.isPresent()) {
      var rule = policy.get();
      boolean query =
          parameters.getExecutionContext().getOperationDefinition().getOperation()
              == OperationDefinition.Operation.QUERY;
      if (query && !rule.learnerArgument().isEmpty()) {
        // The access decision and the learner's data in one read transaction: each transaction of
        // a request costs Bolt exchanges of its own (docs/benchmarks.md, "Where a learnerMap
        // request waits"). Retried here as a whole, since a retry inside it cannot succeed.
        return env ->
            TransientRetry.run(
                () -> readOnly.execute(status -> checkedAndFetched(rule, fetcher, env)));
      }
      return env -> checkedAndFetched(rule, fetcher, env);
    }
    if (isRoot(parent, parameters.getExecutionContext().getGraphQLSchema())
        && !field.getName().startsWith("__")) {
      return env -> {
        throw AccessRefusedException.forbidden(
            "The field '" + field.getName() + "' has no access rule and is closed to everyone.");
      };
    }
    return fetcher;
  }

  /**
   * Whether a field read by a property fetcher can be passed through unchecked: true unless such a
   * field is a root field or carries a rule. Asked before the field's step, which graphql-java
   * builds for such a field only on request (and again for its completion): most fields of a large
   * answer are record properties, and building their steps for nothing was a few percent of a
   * transitions page's processor time.
   */
  private boolean propertyFieldsNeedNoDecision(GraphQLSchema schema) {
    var known = checkedSchema;
    if (known == null || known.schema() != schema) {
      known = new CheckedSchema(schema, noPropertyFieldNeedsADecision(schema));
      checkedSchema = known;
    }
    return known.passThrough();
  }

  static boolean noPropertyFieldNeedsADecision(GraphQLSchema schema) {
    var registry = schema.getCodeRegistry();
    for (var type : schema.getAllTypesAsList()) {
      if (type instanceof GraphQLObjectType object) {
        boolean root = isRoot(object, schema);
        for (var field : object.getFieldDefinitions()) {
          if ((root || field.getAppliedDirective(DIRECTIVE) != null)
              && registry.getDataFetcher(object, field) instanceof TrivialDataFetcher) {
            return false;
          }
        }
      }
    }
    return true;
  }

  static Optional<Policy> policyOf(GraphQLFieldDefinition field) {
    var directive = field.getAppliedDirective(DIRECTIVE);
    if (directive == null) {
      return Optional.empty();
    }
    var rule = AccessRule.valueOf(directive.getArgument("rule").getValue().toString());
    var learnerArgument = directive.getArgument(LearnerArgument.PATH_ARGUMENT);
    String learner = learnerArgument == null ? null : learnerArgument.getValue();
    return Optional.of(new Policy(rule, LearnerArgument.path(learner)));
  }

  private static boolean isRoot(GraphQLFieldsContainer parent, GraphQLSchema schema) {
    return parent == schema.getQueryType()
        || parent == schema.getMutationType()
        || parent == schema.getSubscriptionType();
  }

  private Object checkedAndFetched(
      Policy policy, DataFetcher<?> fetcher, DataFetchingEnvironment environment) {
    check(policy, environment);
    try {
      return fetcher.get(environment);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void check(Policy policy, DataFetchingEnvironment environment) {
    Actor actor = environment.getGraphQlContext().getOrDefault(Actor.CONTEXT_KEY, Actor.ANONYMOUS);
    switch (policy.rule()) {
      case TAXONOMY -> {
        if (!publicTaxonomy && !actor.signedIn()) {
          throw AccessRefusedException.signInRequired("read the taxonomy on this server");
        }
      }
      case RESEARCHER -> requireRole(actor, "researchers", Role.RESEARCHER, Role.ADMIN);
      case ADMIN -> requireRole(actor, "administrators", Role.ADMIN);
      default -> {
        if (!actor.signedIn()) {
          throw AccessRefusedException.signInRequired("use this field");
        }
      }
    }
    var learnerId = LearnerArgument.in(policy.learnerArgument(), environment.getArguments());
    var permission = policy.rule().learnerPermission();
    if (permission == null && learnerId != null) {
      permission = LearnerPermission.READ;
    }
    if (permission == null) {
      return;
    }
    if (learnerId == null) {
      throw new InvalidInputException(
          String.join(".", policy.learnerArgument()), "Name the learner this is about");
    }
    Set<String> granted =
        environment
            .getGraphQlContext()
            .computeIfAbsent(DECISIONS, key -> ConcurrentHashMap.newKeySet());
    var decision = permission + " " + learnerId;
    if (!granted.contains(decision)) {
      var detail =
          environment.getParentType() instanceof GraphQLFieldsContainer parent
              ? parent.getName() + "." + environment.getField().getName()
              : environment.getField().getName();
      learners.require(actor, learnerId, permission, detail);
      granted.add(decision);
    }
  }

  private static void requireRole(Actor actor, String who, Role... roles) {
    if (!actor.signedIn()) {
      throw AccessRefusedException.signInRequired("use this field, which is for " + who);
    }
    for (var role : roles) {
      if (actor.has(role)) {
        return;
      }
    }
    throw AccessRefusedException.forbidden("This field is for " + who + " only.");
  }
}
