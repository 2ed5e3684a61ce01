package org.campuscareers.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a list query, built from a typed filter: every value is a bound parameter,
 * never text pasted into the statement.
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
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
