package org.campuscareers.common.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.campuscareers.common.ErrorCode;
import org.campuscareers.common.PageRequest;

/**
 * The cost limits of one document, checked before each execution: how many
 * operations it holds, how many aliases, how deep its selections nest, how many fields it
 * selects once fragments are expanded, and how many nodes the executed operation could return
 * (reported to the client in {@code extensions.cost}). Introspection (fields under {@code __schema} and
 * {@code __type}) is not counted, so GraphQL UIs and clients can always read the schema;
 * graphql-java's own good-faith introspection checks bound those.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxComplexity;
    private final int maxAliases;
    private final int maxOperations;
    private final long maxNodes;

    QueryLimits(int maxDepth, int maxComplexity, int maxAliases, int maxOperations, long maxNodes) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.maxAliases = maxAliases;
        this.maxOperations = maxOperations;
        this.maxNodes = maxNodes;
    }

    /** The node count of the executing operation, once known, for {@code extensions.cost}. */
    private static final class State implements InstrumentationState {
        Map<String, Object> cost;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new State();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        GraphQLError exceeded = check(execution.getDocument());
        if (exceeded == null) {
            long nodes = nodes(execution);
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("requestedNodes", nodes);
            cost.put("maximumNodes", maxNodes);
            if (state instanceof State known
                    && execution.getOperationDefinition().getOperation()
                            != OperationDefinition.Operation.SUBSCRIPTION) {
                known.cost = cost;
            }
            if (nodes > maxNodes) {
                exceeded = new ContractError(
                        ErrorCode.QUERY_TOO_COMPLEX,
                        "The query could return up to " + nodes + " nodes; at most " + maxNodes
                                + " are allowed (the product of first, " + PageRequest.DEFAULT_SIZE
                                + " when absent, along each nested list, summed over the lists)",
                        null,
                        null,
                        null,
                        Map.of("cost", cost));
            }
        }
        if (exceeded != null) {
            throw new AbortExecutionException(List.of(exceeded));
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!(state instanceof State known) || known.cost == null) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.addExtension("cost", known.cost)));
    }

    /**
     * The most nodes the executing operation could return, before it runs (GitHub's rule): a
     * connection (a field with {@code first}) returns {@code first} nodes, {@link PageRequest#DEFAULT_SIZE}
     * when absent, for each node of the lists it is nested in; a plain list of objects counts as a
     * full page ({@link PageRequest#MAX_SIZE}). Summed over every list of the operation. The
     * nodes and edges inside a connection are its page, not another list.
     */
    static long nodes(ExecutionContext execution) {
        Map<String, FragmentDefinition> fragments = execution.getFragmentsByName();
        GraphQLSchema schema = execution.getGraphQLSchema();
        OperationDefinition operation = execution.getOperationDefinition();
        GraphQLType root = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
        return new NodeCounter(schema, fragments, execution.getCoercedVariables())
                .perParent(operation.getSelectionSet(), root, false);
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

    /** Counts nodes per parent object; the count of a fragment is computed once (it is linear). */
    private static final class NodeCounter {

        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments;
        private final CoercedVariables variables;
        private final Map<String, Long> fragmentNodes = new HashMap<>();

        NodeCounter(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, CoercedVariables variables) {
            this.schema = schema;
            this.fragments = fragments;
            this.variables = variables;
        }

        /** The nodes below one object of {@code type}; {@code page} when it is a connection's own type. */
        long perParent(SelectionSet selectionSet, GraphQLType type, boolean page) {
            if (selectionSet == null) {
                return 0;
            }
            long total = 0;
            for (Selection<?> selection : selectionSet.getSelections()) {
                long nodes = 0;
                if (selection instanceof Field field) {
                    // A union has only __typename; its members come through fragments.
                    nodes = type instanceof GraphQLFieldsContainer parent ? field(field, parent, page) : 0;
                } else if (selection instanceof InlineFragment inline) {
                    GraphQLType condition = inline.getTypeCondition() == null
                            ? type
                            : schema.getType(inline.getTypeCondition().getName());
                    nodes = perParent(inline.getSelectionSet(), condition, page);
                } else if (selection instanceof FragmentSpread spread) {
                    Long known = fragmentNodes.get(spread.getName());
                    if (known == null) {
                        FragmentDefinition definition = fragments.get(spread.getName());
                        known = definition == null
                                ? 0
                                : perParent(
                                        definition.getSelectionSet(),
                                        schema.getType(
                                                definition.getTypeCondition().getName()),
                                        false);
                        fragmentNodes.put(spread.getName(), known);
                    }
                    nodes = known;
                }
                total = saturatedSum(total, nodes);
            }
            return total;
        }

        private long field(Field field, GraphQLFieldsContainer parent, boolean page) {
            if (field.getName().startsWith("__")) {
                return 0;
            }
            GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
            if (definition == null) {
                return 0;
            }
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
            GraphQLNamedType element = GraphQLTypeUtil.unwrapAll(type);
            if (definition.getArgument("first") != null) {
                long size = first(field);
                return saturatedSum(size, saturatedProduct(size, perParent(field.getSelectionSet(), element, true)));
            }
            long inner = perParent(field.getSelectionSet(), element, false);
            if (type instanceof GraphQLList && field.getSelectionSet() != null && !page) {
                long size = PageRequest.MAX_SIZE;
                return saturatedSum(size, saturatedProduct(size, inner));
            }
            return inner;
        }

        /** The page size the field asks for, as the resolver will read it (out-of-range values it refuses). */
        private long first(Field field) {
            Argument argument = field.getArguments().stream()
                    .filter(a -> a.getName().equals("first"))
                    .findFirst()
                    .orElse(null);
            Object value = argument == null ? null : literal(argument.getValue());
            long size = value instanceof Number number ? number.longValue() : PageRequest.DEFAULT_SIZE;
            return Math.max(0, Math.min(PageRequest.MAX_SIZE, size));
        }

        private Object literal(Value<?> value) {
            if (value instanceof IntValue integer) {
                return integer.getValue();
            }
            if (value instanceof VariableReference variable) {
                return variables.get(variable.getName());
            }
            return null;
        }
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE / 2 : Math.min(sum, Long.MAX_VALUE / 2);
    }

    private static long saturatedProduct(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > (Long.MAX_VALUE / 2) / b ? Long.MAX_VALUE / 2 : a * b;
    }

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
