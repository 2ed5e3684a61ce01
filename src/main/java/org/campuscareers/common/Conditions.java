package org.campuscareers.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WHERE clause of a list query, built from a typed filter: every value is a bound parameter,
 * never text pasted into the statement.
 *
 * <p>A collection value ({@code status in :statuses}, or {@code in (:statuses)} in native SQL) is
 * bound as one parameter per element, {@code (:statuses__0, :statuses__1)}. Hibernate does not
 * cache the SQL of a query with a parameter that may take a list: one bound to a list, or the only
 * item of an in-list ({@code in (:a)}, so a list of one would not do either). Such a query was
 * translated from HQL to SQL again on every execution. The list is padded to the next power of two,
 * at least two, with its last element repeated ({@code in (:s__0, :s__1, :s__2, :s__2)} for three),
 * so that a few statements serve every size and each is translated once. An empty collection stays
 * one parameter, which Hibernate renders as a condition that is never true. A native statement
 * outside a {@code Conditions} binds a batch's ids as one array instead, {@code = any(:ids)}: one
 * text and one plan whatever their number.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Conditions add(String clause) {
        clauses.add(clause);
        return this;
    }

    public Conditions add(String clause, String name, Object value) {
        clauses.add(clause);
        parameters.put(name, value);
        return this;
    }

    public Conditions bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public Conditions copy() {
        Conditions copy = new Conditions();
        copy.clauses.addAll(clauses);
        copy.parameters.putAll(parameters);
        return copy;
    }

    public String where() {
        if (clauses.isEmpty()) {
            return "true";
        }
        String where = String.join(" and ", clauses);
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            if (parameter.getValue() instanceof Collection<?> values && !values.isEmpty()) {
                where = expand(where, parameter.getKey(), padded(values.size()));
            }
        }
        return where;
    }

    public Map<String, Object> parameters() {
        Map<String, Object> bound = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (value instanceof Collection<?> values && !values.isEmpty()) {
                int i = 0;
                Object last = null;
                for (Object element : values) {
                    bound.put(element(name, i++), element);
                    last = element;
                }
                for (int padding = padded(values.size()); i < padding; i++) {
                    bound.put(element(name, i), last);
                }
            } else {
                bound.put(name, value);
            }
        });
        return bound;
    }

    /** {@code :name} or {@code (:name)} in {@code where}, as a list of {@code size} parameters. */
    private static String expand(String where, String name, int size) {
        StringBuilder list = new StringBuilder("(");
        for (int i = 0; i < size; i++) {
            list.append(i == 0 ? ":" : ", :").append(element(name, i));
        }
        list.append(')');
        Pattern reference = Pattern.compile(
                "\\(\\s*:" + Pattern.quote(name) + "\\s*\\)|:" + Pattern.quote(name) + "(?![A-Za-z0-9_])");
        return reference.matcher(where).replaceAll(Matcher.quoteReplacement(list.toString()));
    }

    /** The number of parameters a list of {@code size} elements is bound as. */
    static int padded(int size) {
        return Math.max(2, Integer.highestOneBit(size - 1) << 1);
    }

    private static String element(String name, int i) {
        return name + "__" + i;
    }
}
