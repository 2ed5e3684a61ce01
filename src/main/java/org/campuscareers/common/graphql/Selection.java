package org.campuscareers.common.graphql;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;

/**
 * What the client's query selects below the field being resolved, so that a resolver can read in
 * its own statement what a nested field would otherwise fetch with a statement of its own.
 * graphql-java has already parsed and validated the selection (fragments count as if written out);
 * this only asks it. The field is the one {@link DirectResolver} is calling on this thread, or for
 * a batched field ({@link DirectBatchLoader}) the batch's first row, whose selection the batch's
 * other rows usually share (they are the same field, and a page's rows are one place of the query);
 * a resolver SmallRye's own fetcher calls sees no selection, and every answer is then no. A wrong
 * answer costs speed, never correctness: the nested field still loads what it does not find in the
 * session.
 */
public final class Selection {

    private static final ThreadLocal<DataFetchingEnvironment> RESOLVING = new ThreadLocal<>();

    private Selection() {}

    /**
     * Whether the field being resolved selects this path below it, one field name per step
     * ({@code "nodes", "employer"}: the {@code employer} of its {@code nodes}), through inline
     * fragments and named ones. It reads the query's syntax tree, which graphql-java has already
     * validated (fragments cannot cycle): graphql-java's own view of the selection
     * ({@code getSelectionSet()}) resolves every field of every possible type, 16-33 KB of heap
     * per request in bench/allocation.sh, more than the statement it would spare. Type conditions and {@code @skip} are not
     * looked at: they can only make the answer a yes that costs a few columns.
     */
    public static boolean asks(String... path) {
        DataFetchingEnvironment environment = RESOLVING.get();
        if (environment == null) {
            return false;
        }
        for (Field field : environment.getMergedField().getFields()) {
            if (selects(field.getSelectionSet(), path, 0, environment.getFragmentsByName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the connection being resolved selects this field of its nodes, under {@code nodes} or {@code edges.node}. */
    public static boolean asksOfNodes(String field) {
        return asks("nodes", field) || asks("edges", "node", field);
    }

    private static boolean selects(
            SelectionSet selections, String[] path, int step, Map<String, FragmentDefinition> fragments) {
        if (selections == null) {
            return false;
        }
        for (graphql.language.Selection<?> selection : selections.getSelections()) {
            boolean found = false;
            if (selection instanceof Field field && field.getName().equals(path[step])) {
                found = step == path.length - 1 || selects(field.getSelectionSet(), path, step + 1, fragments);
            } else if (selection instanceof InlineFragment inline) {
                found = selects(inline.getSelectionSet(), path, step, fragments);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition definition = fragments.get(spread.getName());
                found = definition != null && selects(definition.getSelectionSet(), path, step, fragments);
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** The field {@link DirectResolver} (or a batch's first row) starts resolving on this thread; returns the one it replaces. */
    static DataFetchingEnvironment enter(DataFetchingEnvironment environment) {
        DataFetchingEnvironment outer = RESOLVING.get();
        RESOLVING.set(environment);
        return outer;
    }

    /** The call is over: the field {@link #enter} replaced, if any, is the current one again. */
    static void leave(DataFetchingEnvironment outer) {
        if (outer == null) {
            RESOLVING.remove();
        } else {
            RESOLVING.set(outer);
        }
    }
}
