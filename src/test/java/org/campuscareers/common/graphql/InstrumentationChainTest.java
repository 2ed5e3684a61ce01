package org.campuscareers.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The engine's instrumentation chain: only implementors are called, each with its own state, in order. */
class InstrumentationChainTest {

    record Named(String name) implements InstrumentationState {}

    /** Wraps data fetchers and results, noting its name, with the state it made. */
    static final class Wrapping extends SimplePerformantInstrumentation {
        final String name;
        final List<String> log;

        Wrapping(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
            return new Named(name);
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(
                DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
            log.add(name + " wraps with " + ((Named) state).name());
            return environment -> name + "(" + fetcher.get(environment) + ")";
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecution(
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            return new InstrumentationContext<>() {
                @Override
                public void onDispatched() {
                    log.add(name + " dispatched");
                }

                @Override
                public void onCompleted(ExecutionResult result, Throwable t) {
                    log.add(name + " completed, state " + ((Named) state).name());
                }
            };
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(
                ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
            return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
                    .data(name + "(" + result.getData() + ")")
                    .build());
        }
    }

    /** Implements only a field hook, through the older method graphql-java's default delegates to. */
    static final class OldStyle extends SimplePerformantInstrumentation {
        final List<String> log;

        OldStyle(List<String> log) {
            this.log = log;
        }

        @Override
        @SuppressWarnings("deprecation")
        public InstrumentationContext<Object> beginFieldFetch(
                InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
            log.add("fetching, state " + state);
            return null;
        }
    }

    @Test
    void shouldCallEachHookOnlyOnItsImplementorsWithTheirOwnStateInOrder() throws Exception {
        List<String> log = new ArrayList<>();
        InstrumentationChain chain = new InstrumentationChain(List.of(
                new Wrapping("a", log),
                new ChainedInstrumentation(List.of(new SimplePerformantInstrumentation(), new OldStyle(log))),
                new Wrapping("b", log)));

        assertThat(chain.instrumentations()).hasSize(4); // SmallRye-style chains are unfolded
        assertThat(chain.implementors("instrumentDataFetcher")).isEqualTo(2);
        assertThat(chain.implementors("beginFieldExecution")).isZero();
        assertThat(chain.implementors("beginFieldFetching")).isEqualTo(1);
        assertThat(chain.implementors("createStateAsync")).isEqualTo(2);

        InstrumentationState state = chain.createStateAsync(null).get();
        DataFetcher<?> fetcher = chain.instrumentDataFetcher(environment -> "value", null, state);
        assertThat(fetcher.get(null)).isEqualTo("b(a(value))");
        assertThat(log).containsExactly("a wraps with a", "b wraps with b");

        assertThat(chain.beginFieldFetching((InstrumentationFieldFetchParameters) null, state))
                .isNotNull();
        assertThat(log).last().isEqualTo("fetching, state null");
        assertThat(chain.beginFieldExecution((InstrumentationFieldParameters) null, state))
                .isNotNull(); // nobody implements it: a no-op, not null

        InstrumentationContext<ExecutionResult> execution =
                chain.beginExecution((InstrumentationExecutionParameters) null, state);
        execution.onDispatched();
        execution.onCompleted(null, null);
        assertThat(log.subList(log.size() - 4, log.size()))
                .containsExactly("a dispatched", "b dispatched", "a completed, state a", "b completed, state b");

        ExecutionResult result = chain.instrumentExecutionResult(
                        ExecutionResultImpl.newExecutionResult().data("r").build(), null, state)
                .get();
        assertThat((Object) result.getData()).isEqualTo("b(a(r))");
    }
}
