package org.competenceatlas.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.DataFetchingEnvironment;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.competenceatlas.common.MetricNames;
import org.competenceatlas.common.Overload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Lets a bounded number of GraphQL requests execute at once, the others waiting in arrival order.
 * Requests that all run at once share the processors among themselves, and a short task that others
 * wait for (the one password check of a burst of sign-ins, a learner's write holding its turn) gets
 * only one thread's share of them: beside 16 busy readers on two processors, the first writes of 50
 * writers took 1.9 to 2.8 s to reach their admission (docs/reliability.md, "Execution slots"). A
 * slot is taken once the request's body is read and its sign-in is done, so slow clients and
 * sign-ins hold none. {@link WriteAdmission} hands it back while a mutation waits for its learner's
 * turn, and the mutation takes one again at once when its turn comes. The slot is free again when
 * graphql-java has finished the execution, not when the answer is cancelled (a timeout, a client
 * gone) while the execution still runs. A request that gets no slot within {@code max-wait} is
 * answered with a retryable UNAVAILABLE error and runs nothing; a mutation waits less when it must
 * start its write sooner to be answered within {@code atlas.writes.answer-within}.
 */
@Component
class ExecutionSlots extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

  private static final Logger log = LoggerFactory.getLogger(ExecutionSlots.class);

  static final String KEY = ExecutionSlots.class.getName();
  static final String REFUSED_METRIC = MetricNames.EXECUTION_REFUSED;

  /** One request's hold on a slot, which it can hand back while it waits for something else. */
  static final class Slot {
    /** The slot of a request that runs outside the interceptor: it holds none and needs none. */
    static final Slot NONE = new Slot(null);

    private final Pool pool;
    private boolean held;
    private boolean finished;
    private boolean refused;

    private Slot(Pool pool) {
      this.pool = pool;
      this.held = pool != null;
    }

    /** Hands the slot back, if held; the request must {@link #retake} it before it works again. */
    synchronized void handBack() {
      if (held) {
        held = false;
        pool.release();
      }
    }

    /**
     * Takes a slot again after {@link #handBack}, at once, even when none is free: the request has
     * waited for its turn already and may hold a learner's turn that others wait for. The slots are
     * then overdrawn by at most the writes that have their turn ({@code atlas.writes}).
     */
    synchronized void retake() {
      if (held || finished || pool == null) {
        return;
      }
      if (!pool.tryAcquire()) {
        pool.overdraw();
      }
      held = true;
    }

    /** Marks that a write of this request was refused for lack of a turn. */
    synchronized void refused() {
      if (pool != null) {
        refused = true;
      }
    }

    /**
     * Whether a write of this request was refused for lack of a turn, so its others need not run.
     */
    synchronized boolean wasRefused() {
      return refused;
    }

    /** The request's execution has ended: hands the slot back for good. */
    synchronized void finish() {
      finished = true;
      handBack();
    }

    /** The request's slot, or {@link #NONE} when it runs outside the interceptor. */
    static Slot of(DataFetchingEnvironment env) {
      return of(env.getGraphQlContext());
    }

    private static Slot of(GraphQLContext context) {
      Slot slot = context.get(KEY);
      return slot != null ? slot : NONE;
    }
  }

  /** A fair semaphore that a request with a turn may overdraw. */
  private static final class Pool extends Semaphore {
    Pool(int permits) {
      super(permits, true);
    }

    void overdraw() {
      reducePermits(1);
    }
  }

  private final Pool slots;
  private final int size;
  private final Duration maxWait;
  private final WriteAdmission admission;
  private final MutationDocuments mutations = new MutationDocuments();
  private final ObjectProvider<MeterRegistry> registry;

  ExecutionSlots(
      ExecutionSlotsProperties properties,
      WriteAdmission admission,
      ObjectProvider<MeterRegistry> registry) {
    this.size = properties.slots();
    this.slots = new Pool(size);
    this.maxWait = properties.maxWait();
    this.admission = admission;
    this.registry = registry;
    var meters = registry.getIfAvailable();
    if (meters != null) {
      meters.gauge(MetricNames.EXECUTION_WAITING, slots, Semaphore::getQueueLength);
    }
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return Mono.defer(
        () -> {
          long waitNanos = waitNanos(request);
          long started = System.nanoTime();
          var slot = take(waitNanos);
          if (slot == null) {
            return Mono.just(
                refused(request, waitNanos < maxWait.toNanos(), System.nanoTime() - started));
          }
          request.configureExecutionInput(
              (input, builder) -> builder.graphQLContext(Map.of(KEY, slot)).build());
          try {
            // A cancelled answer (the request's timeout, a client gone) does not end the
            // execution, which may still be running: beginExecution hands the slot back then.
            return chain
                .next(request)
                .doFinally(
                    signal -> {
                      if (signal != SignalType.CANCEL) {
                        slot.finish();
                      }
                    });
          } catch (RuntimeException e) {
            slot.finish();
            throw e;
          }
        });
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    var slot = Slot.of(parameters.getGraphQLContext());
    return slot == Slot.NONE
        ? SimpleInstrumentationContext.noOp()
        : SimpleInstrumentationContext.whenCompleted((result, failure) -> slot.finish());
  }

  /** Requests waiting for a slot now. */
  int waiting() {
    return slots.getQueueLength();
  }

  /** Slots free now. */
  int free() {
    return slots.availablePermits();
  }

  /** Slots in all. */
  int size() {
    return size;
  }

  /** A slot, waiting for one in arrival order up to {@code max-wait}; null when none came. */
  Slot take() {
    return take(maxWait.toNanos());
  }

  /**
   * How long the request may wait for a slot: {@code max-wait}, or for a mutation whose arrival is
   * known less, once it could no longer start its write in time to be answered within {@code
   * atlas.writes.answer-within} ({@link WriteAdmission#waitLeftNanos}). The slots are taken in
   * arrival order, so behind a long queue of readers a late writer is refused, not answered late.
   */
  private long waitNanos(WebGraphQlRequest request) {
    long most = maxWait.toNanos();
    if (request.getAttributes().get(Arrival.KEY) instanceof Long arrived
        && mutations.isMutation(request.getDocument(), request.getOperationName())) {
      return Math.min(most, admission.waitLeftNanos(arrived));
    }
    return most;
  }

  private Slot take(long waitNanos) {
    try {
      return slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS) ? new Slot(slots) : null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * The answer to a request that found no slot; {@code write} when it was a mutation whose wait was
   * cut to answer it in time.
   */
  private WebGraphQlResponse refused(WebGraphQlRequest request, boolean write, long waitedNanos) {
    var registry = this.registry.getIfAvailable();
    if (registry != null) {
      registry.counter(REFUSED_METRIC, "kind", write ? "write" : "request").increment();
    }
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(waitedNanos);
    // A refused request never reaches GraphQL, so the request log would not show it.
    log.atInfo()
        .addKeyValue("graphql.outcome", "error:UNAVAILABLE")
        .addKeyValue("waited_ms", waitedMillis)
        .log(
            "graphql {} refused: no execution slot after {} ms outcome=error:UNAVAILABLE",
            write ? "mutation" : "request",
            waitedMillis);
    long retryAfterSeconds = 1;
    var message =
        write
            ? "The server is answering as many requests as it can, and this change found no turn"
                + " in time to be answered within "
                + admission.answerWithin().toMillis()
                + " ms of its arrival; nothing was written. Send the same request again after the"
                + " time in retryAfterSeconds."
            : "The server is answering as many requests as it can, and this one found no turn"
                + " within "
                + maxWait.toMillis()
                + " ms; nothing was run. Send the same request again after the time in"
                + " retryAfterSeconds.";
    var error =
        GraphqlErrorBuilder.newError()
            .errorType(Overload.UNAVAILABLE)
            .message(message)
            .extensions(Map.of("retryable", true, "retryAfterSeconds", retryAfterSeconds))
            .build();
    var response =
        new WebGraphQlResponse(
            new DefaultExecutionGraphQlResponse(
                request.toExecutionInput(),
                ExecutionResult.newExecutionResult().addError(error).build()));
    response.getResponseHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
    return response;
  }
}
