package org.competenceatlas.operations;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Tags {@code graphql.request} metrics with the operation name, so latency and counts can be read
 * per operation. Clients choose operation names, so only the first {@code maxNames} distinct names
 * get their own series and the rest share {@code other}: a client cannot flood the metrics store.
 */
class GraphQlOperationConvention extends DefaultExecutionRequestObservationConvention {

  static final String OPERATION_NAME = "graphql.operation.name";
  static final String OPERATION_TYPE = "graphql.operation.type";
  static final String OTHER = "other";

  private final int maxNames;
  private final Set<String> names = ConcurrentHashMap.newKeySet();

  GraphQlOperationConvention(int maxNames) {
    this.maxNames = maxNames;
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
    return super.getLowCardinalityKeyValues(context)
        .and(KeyValue.of(OPERATION_NAME, bounded(GraphQlOperation.of(context).name())));
  }

  /** {@code unknown} for a document that never reached execution, as in the request log. */
  @Override
  protected KeyValue operationType(ExecutionRequestObservationContext context) {
    return KeyValue.of(OPERATION_TYPE, GraphQlOperation.of(context).type());
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
    // The operation name is a low-cardinality key now; only the execution id stays here.
    return KeyValues.of(executionId(context));
  }

  private String bounded(String name) {
    if (names.contains(name)) {
      return name;
    }
    synchronized (names) {
      if (names.size() < maxNames) {
        names.add(name);
        return name;
      }
    }
    return OTHER;
  }
}
