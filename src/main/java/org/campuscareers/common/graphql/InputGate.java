package org.campuscareers.common.graphql;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.DataFetcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.ErrorCode;

/**
 * Where all input enters, after the document is parsed and validated and its variables coerced, and
 * before any resolver runs, in this order:
 *
 * <ol>
 *   <li>who may call each root field ({@link OperationAccess}): a root field the caller may not call
 *       answers {@code UNAUTHENTICATED} or {@code FORBIDDEN} in place of its resolver, and its input
 *       is not looked at;
 *   <li>text PostgreSQL cannot store: U+0000 or an unpaired surrogate in any string of the other
 *       fields' arguments (inline, or through variables, at any depth of input objects and lists)
 *       refuses the whole operation with {@code BAD_USER_INPUT} naming the field, so no resolver
 *       (not even an earlier mutation of the document) runs.
 * </ol>
 *
 * Fields are named from the argument down ({@code filter.search}), except that a mutation's one
 * {@code input} argument is left out ({@code name}, {@code education.school}), as every resolver's
 * own checks name them.
 */
final class InputGate extends SimplePerformantInstrumentation {

    private final OperationAccess access;
    private final Caller caller;

    InputGate(OperationAccess access, Caller caller) {
        this.access = access;
        this.caller = caller;
    }

    /** The root fields of this execution refused to the caller, by field name. */
    private static final class Refusals implements InstrumentationState {
        final Map<String, ApiException> byField = new HashMap<>();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Refusals();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        Refusals refusals = (Refusals) state;
        String type = context.getOperationDefinition().getOperation().name();
        Walk walk = new Walk(
                context.getFragmentsByName(), context.getCoercedVariables().toMap());
        List<Field> allowed = new ArrayList<>();
        for (Field field : walk.rootFields(context.getOperationDefinition().getSelectionSet())) {
            ApiException refusal = refusals.byField.containsKey(field.getName())
                    ? refusals.byField.get(field.getName())
                    : access.refusal(type, field.getName(), caller);
            if (refusal != null) {
                refusals.byField.put(field.getName(), refusal);
            } else {
                allowed.add(field);
            }
        }
        for (Field field : allowed) {
            String unstorable = walk.unstorable(field);
            if (unstorable != null) {
                throw new AbortExecutionException(List.of(new ContractError(
                        ErrorCode.BAD_USER_INPUT,
                        unstorable + " holds a character that cannot be stored (U+0000 or an unpaired surrogate)",
                        field.getSourceLocation() == null ? null : List.of(field.getSourceLocation()),
                        null,
                        unstorable,
                        null)));
            }
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (state instanceof Refusals refusals
                && !refusals.byField.isEmpty()
                && parameters.getExecutionStepInfo().getPath().getLevel() == 1) {
            ApiException refusal = refusals.byField.get(parameters.getField().getName());
            if (refusal != null) {
                return environment -> {
                    throw refusal;
                };
            }
        }
        return dataFetcher;
    }

    /** Whether PostgreSQL can store the text: no U+0000, every surrogate in a pair. */
    static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Walks one operation's selections, each fragment once. */
    private static final class Walk {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final Set<String> visited = new HashSet<>();

        Walk(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.fragments = fragments;
            this.variables = variables;
        }

        /** The fields at the root, through fragments; introspection left out. */
        List<Field> rootFields(SelectionSet selections) {
            List<Field> fields = new ArrayList<>();
            collectRoot(selections, fields, new HashSet<>());
            return fields;
        }

        private void collectRoot(SelectionSet selections, List<Field> fields, Set<String> seen) {
            if (selections == null) {
                return;
            }
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    if (!field.getName().startsWith("__")) {
                        fields.add(field);
                    }
                } else if (selection instanceof InlineFragment inline) {
                    collectRoot(inline.getSelectionSet(), fields, seen);
                } else if (selection instanceof FragmentSpread spread && seen.add(spread.getName())) {
                    FragmentDefinition definition = fragments.get(spread.getName());
                    if (definition != null) {
                        collectRoot(definition.getSelectionSet(), fields, seen);
                    }
                }
            }
        }

        /** The name of the first unstorable text in the field's arguments or below it; null when none. */
        String unstorable(Field field) {
            String found = arguments(field.getArguments(), field.getDirectives());
            return found != null ? found : selections(field.getSelectionSet());
        }

        private String selections(SelectionSet selections) {
            if (selections == null) {
                return null;
            }
            for (Selection<?> selection : selections.getSelections()) {
                String found = null;
                if (selection instanceof Field field) {
                    found = unstorable(field);
                } else if (selection instanceof InlineFragment inline) {
                    found = arguments(List.of(), inline.getDirectives());
                    if (found == null) {
                        found = selections(inline.getSelectionSet());
                    }
                } else if (selection instanceof FragmentSpread spread) {
                    found = arguments(List.of(), spread.getDirectives());
                    FragmentDefinition definition = fragments.get(spread.getName());
                    if (found == null && definition != null && visited.add(spread.getName())) {
                        found = selections(definition.getSelectionSet());
                    }
                }
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private String arguments(List<Argument> arguments, List<Directive> directives) {
            for (Argument argument : arguments) {
                String found = value(argument.getValue(), argument.getName().equals("input") ? "" : argument.getName());
                if (found != null) {
                    return found;
                }
            }
            for (Directive directive : directives) {
                String found = arguments(directive.getArguments(), List.of());
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private String value(Value<?> value, String path) {
            if (value instanceof StringValue text) {
                return storable(text.getValue()) ? null : name(path);
            }
            if (value instanceof ObjectValue object) {
                for (ObjectField field : object.getObjectFields()) {
                    String found = value(field.getValue(), child(path, field.getName()));
                    if (found != null) {
                        return found;
                    }
                }
            } else if (value instanceof ArrayValue array) {
                for (Value<?> element : array.getValues()) {
                    String found = value(element, path);
                    if (found != null) {
                        return found;
                    }
                }
            } else if (value instanceof VariableReference reference) {
                return coerced(variables.get(reference.getName()), path);
            }
            return null;
        }

        /** A variable's value as graphql-java coerced it: maps for input objects, collections for lists. */
        private static String coerced(Object value, String path) {
            if (value instanceof String text) {
                return storable(text) ? null : name(path);
            }
            if (value instanceof Map<?, ?> object) {
                for (Map.Entry<?, ?> entry : object.entrySet()) {
                    String found = coerced(entry.getValue(), child(path, String.valueOf(entry.getKey())));
                    if (found != null) {
                        return found;
                    }
                }
            } else if (value instanceof Collection<?> list) {
                for (Object element : list) {
                    String found = coerced(element, path);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        private static String child(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        private static String name(String path) {
            return path.isEmpty() ? "input" : path;
        }
    }
}
