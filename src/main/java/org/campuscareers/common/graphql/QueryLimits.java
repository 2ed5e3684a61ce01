package org.campuscareers.common.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.ErrorCode;

/**
 * The cost limits of one document, checked before each execution: how many
 * operations it holds, how many aliases, how deep its selections nest and how many fields it
 * selects once fragments are expanded. Introspection (fields under {@code __schema} and
 * {@code __type}) is not counted, so GraphQL UIs and clients can always read the schema;
 * graphql-java's own good-faith introspection checks bound those.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxComplexity;
    private final int maxAliases;
    private final int maxOperations;

    QueryLimits(int maxDepth, int maxComplexity, int maxAliases, int maxOperations) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.maxAliases = maxAliases;
        this.maxOperations = maxOperations;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        GraphQLError exceeded = check(parameters.getExecutionContext().getDocument());
        if (exceeded != null) {
            throw new AbortExecutionException(List.of(exceeded));
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The first limit the document exceeds, as a QUERY_TOO_COMPLEX error; null when within all. */
    GraphQLError check(Document document) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operations.size() > maxOperations) {
            return error("The document holds " + operations.size() + " operations; at most " + maxOperations
                    + " are allowed");
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.put(fragment.getName(), fragment);
        }
        Counter counter = new Counter(fragments);
        for (OperationDefinition operation : operations) {
            Cost cost = counter.cost(operation.getSelectionSet(), 0);
            if (cost.depth > maxDepth) {
                return error("The query nests " + cost.depth + " levels deep; at most " + maxDepth + " are allowed");
            }
            if (cost.fields > maxComplexity) {
                return error("The query selects " + cost.fields + " fields; at most " + maxComplexity + " are allowed");
            }
        }
        if (counter.aliases > maxAliases) {
            return error("The document uses " + counter.aliases + " aliases; at most " + maxAliases + " are allowed");
        }
        return null;
    }

    private static GraphQLError error(String message) {
        return new ContractError(ErrorCode.QUERY_TOO_COMPLEX, message, null, null, null, null);
    }

    private record Cost(int depth, long fields) {}

    /** Sums costs with each fragment's cost computed once (validation has already refused cycles). */
    private static final class Counter {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Cost> fragmentCosts = new HashMap<>();
        private int aliases;

        Counter(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        Cost cost(SelectionSet selectionSet, int level) {
            if (selectionSet == null) {
                return new Cost(0, 0);
            }
            int depth = 0;
            long fields = 0;
            for (Selection<?> selection : selectionSet.getSelections()) {
                Cost cost;
                if (selection instanceof Field field) {
                    if (field.getName().startsWith("__")) {
                        continue;
                    }
                    if (field.getAlias() != null) {
                        aliases++;
                    }
                    Cost inner = cost(field.getSelectionSet(), level + 1);
                    cost = new Cost(inner.depth + 1, inner.fields + 1);
                } else if (selection instanceof InlineFragment inline) {
                    cost = cost(inline.getSelectionSet(), level);
                } else if (selection instanceof FragmentSpread spread) {
                    cost = fragmentCosts.get(spread.getName());
                    if (cost == null) {
                        FragmentDefinition definition = fragments.get(spread.getName());
                        cost = definition == null ? new Cost(0, 0) : cost(definition.getSelectionSet(), level);
                        fragmentCosts.put(spread.getName(), cost);
                    }
                } else {
                    continue;
                }
                depth = Math.max(depth, cost.depth);
                fields = Math.min(Long.MAX_VALUE / 2, fields + cost.fields);
            }
            return new Cost(depth, fields);
        }
    }
}
