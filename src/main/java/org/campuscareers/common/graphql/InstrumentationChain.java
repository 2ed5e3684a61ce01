package org.campuscareers.common.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.FieldValueInfo;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The instrumentations of the engine run in their order, each with its own state, as graphql-java's
 * {@link ChainedInstrumentation} runs them, but each hook calls only the instrumentations that
 * implement it. graphql-java's chain calls every instrumentation for every hook, and the per-field
 * hooks run several times for every field of every row: with ten instrumentations, a page of 20
 * postings made some ten thousand calls that returned nothing, and collected their nothing into
 * lists (about a tenth of the CPU samples in a JFR profile of the query mix). Here a hook nobody
 * implements costs one array-length check.
 *
 * <p>Which instrumentation implements a hook is read once, from its class: a hook counts as
 * implemented if the class (or a superclass other than graphql-java's no-op bases) declares it, or
 * declares the older method graphql-java's default delegates to ({@code beginFieldFetch} for
 * {@code beginFieldFetching}, {@code createState} for {@code createStateAsync}). A plain
 * {@link ChainedInstrumentation} among them (SmallRye's own) is unfolded into its members.
 */
final class InstrumentationChain implements Instrumentation {

    /** Hooks whose graphql-java default calls another method an instrumentation may override instead. */
    private static final Map<String, List<String>> DELEGATES_TO =
            Map.of("beginFieldFetching", List.of("beginFieldFetch"), "createStateAsync", List.of("createState"));

    /** Classes whose methods do nothing: an instrumentation inheriting a hook from them does not implement it. */
    private static final Set<Class<?>> NO_OP = Set.of(
            Instrumentation.class, SimplePerformantInstrumentation.class, SimpleInstrumentation.class, Object.class);

    private final Instrumentation[] all;
    private final int[] createState;
    private final int[] execution;
    private final int[] parse;
    private final int[] validation;
    private final int[] executeOperation;
    private final int[] executionStrategy;
    private final int[] executeObject;
    private final int[] deferredField;
    private final int[] subscribedFieldEvent;
    private final int[] fieldExecution;
    private final int[] fieldFetch;
    private final int[] fieldFetching;
    private final int[] fieldCompletion;
    private final int[] fieldListCompletion;
    private final int[] executionInput;
    private final int[] documentAndVariables;
    private final int[] schema;
    private final int[] executionContext;
    private final int[] dataFetcher;
    private final int[] executionResult;

    InstrumentationChain(List<Instrumentation> instrumentations) {
        List<Instrumentation> flat = new ArrayList<>();
        unfold(instrumentations, flat);
        this.all = flat.toArray(Instrumentation[]::new);
        createState = implementing("createStateAsync");
        execution = implementing("beginExecution");
        parse = implementing("beginParse");
        validation = implementing("beginValidation");
        executeOperation = implementing("beginExecuteOperation");
        executionStrategy = implementing("beginExecutionStrategy");
        executeObject = implementing("beginExecuteObject");
        deferredField = implementing("beginDeferredField");
        subscribedFieldEvent = implementing("beginSubscribedFieldEvent");
        fieldExecution = implementing("beginFieldExecution");
        fieldFetch = implementing("beginFieldFetch");
        fieldFetching = implementing("beginFieldFetching");
        fieldCompletion = implementing("beginFieldCompletion");
        fieldListCompletion = implementing("beginFieldListCompletion");
        executionInput = implementing("instrumentExecutionInput");
        documentAndVariables = implementing("instrumentDocumentAndVariables");
        schema = implementing("instrumentSchema");
        executionContext = implementing("instrumentExecutionContext");
        dataFetcher = implementing("instrumentDataFetcher");
        executionResult = implementing("instrumentExecutionResult");
    }

    private static void unfold(List<Instrumentation> instrumentations, List<Instrumentation> into) {
        for (Instrumentation instrumentation : instrumentations) {
            if (instrumentation == null) {
                continue;
            }
            if (instrumentation.getClass() == ChainedInstrumentation.class) {
                unfold(((ChainedInstrumentation) instrumentation).getInstrumentations(), into);
            } else {
                into.add(instrumentation);
            }
        }
    }

    /** How many instrumentations implement the hook (for the tests). */
    int implementors(String hook) {
        return implementing(hook).length;
    }

    /** The instrumentations in the chain, in their order, unfolded. */
    List<Instrumentation> instrumentations() {
        return List.of(all);
    }

    private int[] implementing(String hook) {
        List<String> names = new ArrayList<>();
        names.add(hook);
        names.addAll(DELEGATES_TO.getOrDefault(hook, List.of()));
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            Class<?> type = all[i].getClass();
            if (names.stream().anyMatch(name -> declares(type, name))) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the class, or a superclass that is not a no-op base, declares a method of that name. */
    private static boolean declares(Class<?> type, String name) {
        for (Class<?> c = type; c != null && !NO_OP.contains(c); c = c.getSuperclass()) {
            if (Arrays.stream(c.getDeclaredMethods())
                    .anyMatch(m -> m.getName().equals(name) && !m.isSynthetic() && !m.isBridge() && isHook(m))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHook(Method method) {
        return Arrays.stream(Instrumentation.class.getMethods())
                .anyMatch(hook -> hook.getName().equals(method.getName())
                        && Arrays.equals(hook.getParameterTypes(), method.getParameterTypes()));
    }

    /** Each instrumentation's own state, by its place in the chain. */
    private static final class States implements InstrumentationState {
        final InstrumentationState[] each;

        States(int size) {
            each = new InstrumentationState[size];
        }
    }

    private static InstrumentationState stateOf(InstrumentationState chain, int index) {
        return chain instanceof States states ? states.each[index] : null;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        States states = new States(all.length);
        List<CompletableFuture<?>> pending = null;
        for (int i : createState) {
            CompletableFuture<InstrumentationState> state = all[i].createStateAsync(parameters);
            if (state == null) {
                continue;
            }
            if (state.isDone() && !state.isCompletedExceptionally()) {
                states.each[i] = state.join();
            } else {
                int index = i;
                if (pending == null) {
                    pending = new ArrayList<>();
                }
                pending.add(state.thenAccept(s -> states.each[index] = s));
            }
        }
        return pending == null
                ? CompletableFuture.completedFuture(states)
                : CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                        .thenApply(done -> states);
    }

    /** A hook called on one instrumentation with its own state. */
    @FunctionalInterface
    private interface Hook<P, C> {
        C call(Instrumentation instrumentation, P parameters, InstrumentationState state);
    }

    /**
     * The hook's context of the instrumentations that implement it, as one: {@code none} if none
     * gives one, the one if only one does, else {@code combined} of them. The hooks below pass method
     * references that capture nothing, so a call allocates nothing when nobody implements the hook.
     */
    private <P, C> C begin(
            int[] implementors,
            InstrumentationState state,
            P parameters,
            Hook<P, C> hook,
            C none,
            Function<List<C>, C> combined) {
        if (implementors.length == 0) {
            return none;
        }
        if (implementors.length == 1) {
            C context = hook.call(all[implementors[0]], parameters, stateOf(state, implementors[0]));
            return context == null ? none : context;
        }
        List<C> contexts = new ArrayList<>(implementors.length);
        for (int i : implementors) {
            C context = hook.call(all[i], parameters, stateOf(state, i));
            if (context != null) {
                contexts.add(context);
            }
        }
        return contexts.isEmpty() ? none : contexts.size() == 1 ? contexts.get(0) : combined.apply(contexts);
    }

    private static <T> InstrumentationContext<T> noOp() {
        return SimpleInstrumentationContext.noOp();
    }

    private static <T> InstrumentationContext<T> together(List<InstrumentationContext<T>> contexts) {
        return new Contexts<>(contexts);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return begin(
                execution, state, parameters, Instrumentation::beginExecution, noOp(), InstrumentationChain::together);
    }

    @Override
    public InstrumentationContext<Document> beginParse(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return begin(parse, state, parameters, Instrumentation::beginParse, noOp(), InstrumentationChain::together);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        return begin(
                validation,
                state,
                parameters,
                Instrumentation::beginValidation,
                noOp(),
                InstrumentationChain::together);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        return begin(
                executeOperation,
                state,
                parameters,
                Instrumentation::beginExecuteOperation,
                noOp(),
                InstrumentationChain::together);
    }

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
            InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return begin(
                executionStrategy,
                state,
                parameters,
                Instrumentation::beginExecutionStrategy,
                ExecutionStrategyInstrumentationContext.NOOP,
                StrategyContexts::new);
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(
            InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return begin(
                executeObject,
                state,
                parameters,
                Instrumentation::beginExecuteObject,
                ExecuteObjectInstrumentationContext.NOOP,
                ObjectContexts::new);
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationState state) {
        return begin(
                deferredField,
                state,
                null,
                (i, none, s) -> i.beginDeferredField(s),
                noOp(),
                InstrumentationChain::together);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
            InstrumentationFieldParameters parameters, InstrumentationState state) {
        return begin(
                subscribedFieldEvent,
                state,
                parameters,
                Instrumentation::beginSubscribedFieldEvent,
                noOp(),
                InstrumentationChain::together);
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(
            InstrumentationFieldParameters parameters, InstrumentationState state) {
        return begin(
                fieldExecution,
                state,
                parameters,
                Instrumentation::beginFieldExecution,
                noOp(),
                InstrumentationChain::together);
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return begin(
                fieldFetch,
                state,
                parameters,
                Instrumentation::beginFieldFetch,
                noOp(),
                InstrumentationChain::together);
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return begin(
                fieldFetching,
                state,
                parameters,
                Instrumentation::beginFieldFetching,
                FieldFetchingInstrumentationContext.NOOP,
                FetchingContexts::new);
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(
            InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
        return begin(
                fieldCompletion,
                state,
                parameters,
                Instrumentation::beginFieldCompletion,
                noOp(),
                InstrumentationChain::together);
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(
            InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
        return begin(
                fieldListCompletion,
                state,
                parameters,
                Instrumentation::beginFieldListCompletion,
                noOp(),
                InstrumentationChain::together);
    }

    /** Each implementor in turn transforms what the one before it returned. */
    private <T> T fold(int[] implementors, InstrumentationState state, T value, Transform<T> transform) {
        for (int i : implementors) {
            value = transform.apply(all[i], value, stateOf(state, i));
        }
        return value;
    }

    @FunctionalInterface
    private interface Transform<T> {
        T apply(Instrumentation instrumentation, T value, InstrumentationState state);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(
            ExecutionInput input, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return fold(executionInput, state, input, (i, v, s) -> i.instrumentExecutionInput(v, parameters, s));
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(
            DocumentAndVariables document, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return fold(
                documentAndVariables, state, document, (i, v, s) -> i.instrumentDocumentAndVariables(v, parameters, s));
    }

    @Override
    public GraphQLSchema instrumentSchema(
            GraphQLSchema graphQLSchema, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return fold(schema, state, graphQLSchema, (i, v, s) -> i.instrumentSchema(v, parameters, s));
    }

    @Override
    public ExecutionContext instrumentExecutionContext(
            ExecutionContext context, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return fold(executionContext, state, context, (i, v, s) -> i.instrumentExecutionContext(v, parameters, s));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        DataFetcher<?> value = fetcher;
        for (int i : dataFetcher) {
            value = all[i].instrumentDataFetcher(value, parameters, stateOf(state, i));
        }
        return value;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        CompletableFuture<ExecutionResult> value = CompletableFuture.completedFuture(result);
        for (int i : executionResult) {
            Instrumentation instrumentation = all[i];
            InstrumentationState own = stateOf(state, i);
            value = value.isDone() && !value.isCompletedExceptionally()
                    ? instrumentation.instrumentExecutionResult(value.join(), parameters, own)
                    : value.thenCompose(r -> instrumentation.instrumentExecutionResult(r, parameters, own));
        }
        return value;
    }

    /** Several contexts told of each step in the chain's order. */
    private static class Contexts<T, C extends InstrumentationContext<T>> implements InstrumentationContext<T> {
        final List<C> contexts;

        Contexts(List<C> contexts) {
            this.contexts = contexts;
        }

        @Override
        public void onDispatched() {
            contexts.forEach(InstrumentationContext::onDispatched);
        }

        @Override
        public void onCompleted(T result, Throwable t) {
            contexts.forEach(context -> context.onCompleted(result, t));
        }
    }

    private static final class StrategyContexts
            extends Contexts<ExecutionResult, ExecutionStrategyInstrumentationContext>
            implements ExecutionStrategyInstrumentationContext {
        StrategyContexts(List<ExecutionStrategyInstrumentationContext> contexts) {
            super(contexts);
        }

        @Override
        public void onFieldValuesInfo(List<FieldValueInfo> fieldValueInfoList) {
            contexts.forEach(context -> context.onFieldValuesInfo(fieldValueInfoList));
        }

        @Override
        public void onFieldValuesException() {
            contexts.forEach(ExecutionStrategyInstrumentationContext::onFieldValuesException);
        }
    }

    private static final class ObjectContexts extends Contexts<Map<String, Object>, ExecuteObjectInstrumentationContext>
            implements ExecuteObjectInstrumentationContext {
        ObjectContexts(List<ExecuteObjectInstrumentationContext> contexts) {
            super(contexts);
        }

        @Override
        public void onFieldValuesInfo(List<FieldValueInfo> fieldValueInfoList) {
            contexts.forEach(context -> context.onFieldValuesInfo(fieldValueInfoList));
        }

        @Override
        public void onFieldValuesException() {
            contexts.forEach(ExecuteObjectInstrumentationContext::onFieldValuesException);
        }
    }

    private static final class FetchingContexts extends Contexts<Object, FieldFetchingInstrumentationContext>
            implements FieldFetchingInstrumentationContext {
        FetchingContexts(List<FieldFetchingInstrumentationContext> contexts) {
            super(contexts);
        }

        @Override
        public void onFetchedValue(Object fetchedValue) {
            contexts.forEach(context -> context.onFetchedValue(fetchedValue));
        }
    }
}
