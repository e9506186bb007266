package org.competenceatlas.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.springframework.stereotype.Component;

/**
 * Refuses a mutation for a learner whose queue of writers is full before its access check, when
 * {@link WriteAdmission#refusableUnchecked} allows it: the same user passed the same field's check
 * for that learner a moment ago. The answer is the refusal the check would have led to, without the
 * check's read of the database, which was a large part of what each refusal cost a client that
 * retries without pause (docs/reliability.md, "Isolation"). Anyone else is checked first, so the
 * refusal tells no caller about a learner they could not see. {@link InstrumentationChainInstaller}
 * puts it outside every other instrumentation but Spring's observation, so outside the access
 * check.
 */
@Component
class BusyLearnerRefusal extends SimplePerformantInstrumentation {

  private final WriteAdmission admission;

  BusyLearnerRefusal(WriteAdmission admission) {
    this.admission = admission;
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    if (parameters.isTrivialDataFetcher()) {
      return fetcher;
    }
    var step = parameters.getExecutionStepInfo();
    if (step.getObjectType()
        != parameters.getExecutionContext().getGraphQLSchema().getMutationType()) {
      return fetcher;
    }
    var field = step.getFieldDefinition().getName();
    return env -> {
      var writer = WriteAdmission.Writer.of(env, field);
      var slot = ExecutionSlots.Slot.of(env);
      // A request whose earlier change was refused gets that refusal's answer from the admission.
      if (writer != null && !slot.wasRefused() && admission.refusableUnchecked(writer)) {
        return admission.refusedAsFull(Arrival.nanos(env), slot);
      }
      return fetcher.get(env);
    };
  }
}
