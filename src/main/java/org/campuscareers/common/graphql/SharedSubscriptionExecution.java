package org.campuscareers.common.graphql;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.execution.reactive.SubscriptionPublisher;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.Selection;
import graphql.language.VariableReference;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import jakarta.json.Json;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.campuscareers.common.EnginePatch;

/**
 * Subscriptions as graphql-java runs them, except that an event many subscribers receive alike
 * ({@link SharedEvent}) is executed once per distinct (document, operation, variables, audience)
 * and that one result goes to each of them. A livestream with thousands of anonymous viewers on
 * the same page thus costs one execution per event instead of one per viewer.
 *
 * <p>Each event is still executed by graphql-java's own per-event step, with the instrumentation
 * and error handling every other event gets; only repeats are skipped.
 *
 * <p>A held subscription keeps nothing of its own request: graphql-java would keep each
 * subscriber's execution context (its document, variables, selection, the instrumentation's
 * state: most of the heap a viewer costs) for as long as it listens. Here subscribers with the
 * same operation and audience share one {@link Template}, the first one's, so ten thousand
 * anonymous viewers of one page hold one. That step is private in
 * graphql-java, so it is looked up once; if a graphql-java upgrade renames it, every event is
 * executed per subscriber as before and a warning says so.
 */
public final class SharedSubscriptionExecution extends SubscriptionExecutionStrategy {

    private static final Method EXECUTE_EVENT = executeEventMethod();
    private static final LongAdder EXECUTED = new LongAdder();

    private final Supplier<Object> audience;
    private final Templates templates = new Templates();

    /**
     * @param audience who asks (read while a subscribe request executes): subscribers with equal
     *     audiences and operations execute their events with one template
     */
    SharedSubscriptionExecution(Supplier<Object> audience) {
        super(new ExceptionHandler()); // the handler SmallRye gives its own subscription strategy
        this.audience = audience;
    }

    /**
     * Subscription events executed since start, shared or not (none are counted if the per-event
     * step was not found): beside the number of events delivered, it shows how much sharing saves.
     */
    public static long executedEvents() {
        return EXECUTED.sum();
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(
            ExecutionContext context, ExecutionStrategyParameters parameters) {
        CompletableFuture<ExecutionResult> result = super.execute(context, parameters);
        if (EXECUTE_EVENT == null) {
            return result;
        }
        Operation operation = new Operation(
                context.getExecutionInput().getQuery(),
                context.getExecutionInput().getOperationName(),
                renderingVariables(context));
        Object asker = audience.get();
        return result.thenApply(subscribed -> {
            if (!(subscribed.getData() instanceof SubscriptionPublisher events)) {
                return subscribed; // the subscription failed before it began
            }
            // What executing an event needs, kept once for every subscriber of this operation and
            // audience: this subscription's own request state is let go now.
            Template template =
                    templates.share(new Key(operation, asker), () -> new Template(context, parameters, operation));
            SubscriptionPublisher shared = new SubscriptionPublisher(
                    events.getUpstreamPublisher(), event -> render(template, event), keepOrdered(context));
            return new ExecutionResultImpl(shared, subscribed.getErrors());
        });
    }

    /**
     * The variables the events' fields can read: those the document uses outside the root field's
     * own arguments (which only choose the stream: its session, its cursor) and fragments. Two
     * viewers of one session who resumed from different cursors thus share both the template and
     * each event's result.
     */
    private static Map<String, Object> renderingVariables(ExecutionContext context) {
        Map<String, Object> variables = context.getCoercedVariables().toMap();
        if (variables.isEmpty()) {
            return variables;
        }
        Set<String> read = new HashSet<>();
        for (Selection<?> selection :
                context.getOperationDefinition().getSelectionSet().getSelections()) {
            if (selection instanceof Field root) {
                root.getDirectives().forEach(directive -> variablesIn(directive, read));
                if (root.getSelectionSet() != null) {
                    variablesIn(root.getSelectionSet(), read);
                }
            } else {
                variablesIn(selection, read);
            }
        }
        context.getFragmentsByName().values().forEach(fragment -> variablesIn(fragment, read));
        Map<String, Object> kept = new HashMap<>();
        variables.forEach((name, value) -> {
            if (read.contains(name)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private static void variablesIn(Node<?> node, Set<String> names) {
        if (node instanceof VariableReference reference) {
            names.add(reference.getName());
        }
        for (Node<?> child : node.getChildren()) {
            variablesIn(child, names);
        }
    }

    /** As graphql-java decides it: ordered only when the request asks for it (the results here complete in order anyway). */
    private static boolean keepOrdered(ExecutionContext context) {
        return Boolean.TRUE.equals(context.getGraphQLContext().get(KEEP_SUBSCRIPTION_EVENTS_ORDERED));
    }

    private CompletionStage<ExecutionResult> render(Template template, Object event) {
        // SmallRye hands each event over wrapped in a DataFetcherResult.
        Object payload = event instanceof DataFetcherResult<?> fetched ? fetched.getData() : event;
        if (payload == null && event instanceof DataFetcherResult<?> failed && failed.hasErrors()) {
            // The subscription was refused (its resolver threw: a bad cursor, a cap, a refused caller),
            // which SmallRye hands over as one result without data: answer with its errors, shaped as
            // every error is, instead of executing an event that is not there.
            return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
                    .errors(failed.getErrors().stream().map(ErrorShaping::shape).toList())
                    .build());
        }
        if (payload instanceof SharedEvent shared && shared.renderings() != null) {
            SharedRenderings renderings = shared.renderings();
            Key key = new Key(template.operation(), shared.audience());
            CompletableFuture<ExecutionResult> earlier = renderings.get(key);
            // Only a finished result is shared: one still pending completes in its subscriber's own
            // pipeline, and a viewer must never wait on another's (a closed one's never finishes).
            if (earlier != null && earlier.isDone() && !earlier.isCompletedExceptionally()) {
                return earlier;
            }
            CompletableFuture<ExecutionResult> rendered =
                    executeEvent(template, event).thenApply(SharedSubscriptionExecution::asJson);
            renderings.put(key, rendered);
            return rendered;
        }
        return executeEvent(template, event);
    }

    /**
     * The result with its data already as JSON: SmallRye converts a result's data to JSON for each
     * subscriber it writes to, but passes JSON values through as they are, so a shared result is
     * converted once instead of once per viewer.
     */
    @SuppressWarnings("unchecked")
    private static ExecutionResult asJson(ExecutionResult result) {
        if (!(result.getData() instanceof Map<?, ?> data)) {
            return result;
        }
        return ExecutionResultImpl.newExecutionResult()
                .from(result)
                .data(Json.createObjectBuilder((Map<String, Object>) data).build())
                .build();
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<ExecutionResult> executeEvent(Template template, Object event) {
        EXECUTED.increment();
        try {
            return (CompletableFuture<ExecutionResult>)
                    EXECUTE_EVENT.invoke(this, template.context(), template.parameters(), event);
        } catch (InvocationTargetException e) {
            return CompletableFuture.failedFuture(e.getCause());
        } catch (IllegalAccessException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Method executeEventMethod() {
        try {
            Method method = SubscriptionExecutionStrategy.class.getDeclaredMethod(
                    "executeSubscriptionEvent",
                    ExecutionContext.class,
                    ExecutionStrategyParameters.class,
                    Object.class);
            method.setAccessible(true);
            EnginePatch.SHARED_SUBSCRIPTION_EVENTS.applied();
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            EnginePatch.SHARED_SUBSCRIPTION_EVENTS.broken("subscription events are executed once per subscriber", e);
            return null;
        }
    }

    /**
     * An operation as a subscriber sent it: the document's text (equal texts parse to equal
     * documents), the operation chosen and its variables. The hash is computed once, since it is
     * used for every event.
     */
    private static final class Operation {

        private final String document;
        private final String operationName;
        private final Map<String, Object> variables;
        private final int hash;

        Operation(String document, String operationName, Map<String, Object> variables) {
            this.document = document;
            this.operationName = operationName;
            this.variables = variables;
            this.hash = Objects.hash(document, operationName, variables);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Operation that
                    && hash == that.hash
                    && document.equals(that.document)
                    && Objects.equals(operationName, that.operationName)
                    && variables.equals(that.variables);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * An operation and who it is for: the audience of one event (what a result is shared by) or
     * the caller of a subscription (what a template is shared by).
     */
    private record Key(Operation operation, Object audience) {}

    /**
     * The execution of one subscriber's subscribe request, the one every later subscriber with
     * the same operation and audience executes its events with (graphql-java makes a fresh context
     * from it for each event). It lives as long as any of them.
     */
    private record Template(ExecutionContext context, ExecutionStrategyParameters parameters, Operation operation) {}

    /** The templates of the subscriptions held, each kept by its subscribers and let go with the last. */
    private static final class Templates {

        private final Map<Key, WeakReference<Template>> held = new ConcurrentHashMap<>();
        private final ReferenceQueue<Template> released = new ReferenceQueue<>();

        Template share(Key key, Supplier<Template> made) {
            forgetReleased();
            Template[] shared = new Template[1];
            held.compute(key, (k, reference) -> {
                Template existing = reference == null ? null : reference.get();
                shared[0] = existing != null ? existing : made.get();
                return existing != null ? reference : new Reference(shared[0], key, released);
            });
            return shared[0];
        }

        private void forgetReleased() {
            for (java.lang.ref.Reference<? extends Template> gone = released.poll();
                    gone != null;
                    gone = released.poll()) {
                Reference reference = (Reference) gone;
                held.remove(reference.key, reference);
            }
        }

        private static final class Reference extends WeakReference<Template> {
            private final Key key;

            Reference(Template template, Key key, ReferenceQueue<Template> queue) {
                super(template, queue);
                this.key = key;
            }
        }
    }
}
