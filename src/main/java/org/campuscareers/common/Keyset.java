package org.campuscareers.common;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The order of one list, and paging through it by keyset: the one way every connection of the
 * service pages. An order is a list of key expressions, each with its direction, ending with the
 * row's id, so every row has an exact position that concurrent inserts cannot shift. A cursor is
 * an opaque encoding of a row's key values, tied to the list and order it came from: a cursor of
 * another list or order, or no cursor at all, is {@code BAD_USER_INPUT} on {@code after}.
 *
 * <p>Key expressions are written in the query language of the list's statement (HQL property
 * paths or SQL columns) and must never be null (use {@code coalesce}); each key's value function
 * must compute in Java what the expression computes in the database.
 *
 * @param <T> the rows of the list
 */
public final class Keyset<T> {

    /** The longest cursor accepted; real ones are well under it. */
    static final int MAX_CURSOR_LENGTH = 400;

    private static final String AFTER_PARAMETER = "keysetAfter";

    private final String list;
    private final List<Key<T>> keys;

    private Keyset(String list, List<Key<T>> keys) {
        this.list = list;
        this.keys = List.copyOf(keys);
    }

    /**
     * Starts an order of the list {@code name}; {@code variant} tells its orders apart (a field and
     * direction, say), so that a cursor of one order is refused by another.
     */
    public static <T> Builder<T> of(String name, Object... variant) {
        StringBuilder list = new StringBuilder(name);
        for (Object part : variant) {
            list.append('/').append(part);
        }
        return new Builder<>(list.toString());
    }

    /** The ORDER BY list of this order, without the keywords. */
    public String orderBy() {
        List<String> parts = new ArrayList<>();
        for (Key<T> key : keys) {
            parts.add(key.expression() + (key.descending() ? " desc" : " asc"));
        }
        return String.join(", ", parts);
    }

    /**
     * The conditions of a page: {@code where}, and, when {@code after} is a cursor of this order,
     * the rows that come after it. {@code where} itself is left as it is (the total count uses it).
     */
    public Conditions after(Conditions where, String after) {
        Conditions page = where.copy();
        if (after == null) {
            return page;
        }
        List<Object> values = decode(after);
        page.add(afterPredicate(0, page, values));
        return page;
    }

    /**
     * Rows after the position: a run of keys in one direction compares as one row value (which an
     * index in that order serves); a change of direction continues among the rows equal so far.
     */
    private String afterPredicate(int from, Conditions page, List<Object> values) {
        int to = from;
        while (to < keys.size() && keys.get(to).descending() == keys.get(from).descending()) {
            to++;
        }
        List<String> expressions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String parameter = AFTER_PARAMETER + i;
            page.bind(parameter, values.get(i));
            expressions.add(keys.get(i).expression());
            parameters.add(":" + parameter);
        }
        String operator = keys.get(from).descending() ? " < " : " > ";
        String beyond = tuple(expressions) + operator + tuple(parameters);
        if (to == keys.size()) {
            return beyond;
        }
        List<String> equal = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            equal.add(expressions.get(i) + " = " + parameters.get(i));
        }
        return "(" + beyond + " or (" + String.join(" and ", equal) + " and " + afterPredicate(to, page, values) + "))";
    }

    private static String tuple(List<String> parts) {
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(", ", parts) + ")";
    }

    /** The cursor of a row of this order. */
    public String cursorOf(T row) {
        return cursorAt(keys.stream().map(key -> key.value().apply(row)).toArray());
    }

    /** The cursor of the position these key values (the id last) name, as {@link #cursorOf} writes it. */
    public String cursorAt(Object... values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException("This order has " + keys.size() + " keys");
        }
        String[] parts = new String[keys.size() + 1];
        parts[0] = list;
        for (int i = 0; i < keys.size(); i++) {
            parts[i + 1] = keys.get(i).type().encode(values[i]);
        }
        return Cursor.encode(parts);
    }

    /**
     * The page from rows fetched with {@link #limit}: the statement asks for one row more than
     * requested to learn whether a next page exists.
     */
    public Page<T> page(List<T> fetched, PageRequest request, LongSupplier totalCount) {
        boolean more = fetched.size() > request.first();
        List<T> items = more ? List.copyOf(fetched.subList(0, request.first())) : fetched;
        return new Page<>(items, more, request.after() != null, this::cursorOf, totalCount);
    }

    /** How many rows a page's statement fetches. */
    public static int limit(PageRequest request) {
        return request.first() + 1;
    }

    private List<Object> decode(String after) {
        String[] parts = after.length() > MAX_CURSOR_LENGTH ? null : Cursor.decode(after);
        if (parts == null || parts.length != keys.size() + 1 || !parts[0].equals(list)) {
            throw notACursor();
        }
        List<Object> values = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            try {
                values.add(keys.get(i).type().decode(parts[i + 1]));
            } catch (RuntimeException e) {
                throw notACursor();
            }
        }
        return values;
    }

    private static ApiException notACursor() {
        return ApiException.badInput("after", "after is not a cursor of this list in this order");
    }

    /** One key of an order. */
    private record Key<T>(String expression, boolean descending, KeyType type, Function<T, ?> value) {}

    /** What a key holds, and how its value is written in a cursor. */
    public enum KeyType {
        TIMESTAMP {
            @Override
            Object decode(String text) {
                return OffsetDateTime.parse(text);
            }
        },
        DATE {
            @Override
            Object decode(String text) {
                return java.time.LocalDate.parse(text);
            }
        },
        INTEGER {
            @Override
            Object decode(String text) {
                return Integer.valueOf(text);
            }
        },
        LONG {
            @Override
            Object decode(String text) {
                return Long.valueOf(text);
            }
        },
        BOOLEAN {
            @Override
            Object decode(String text) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException(text);
                }
                return Boolean.valueOf(text);
            }
        },
        TEXT {
            @Override
            Object decode(String text) {
                return text;
            }
        };

        abstract Object decode(String text);

        String encode(Object value) {
            if (value == null) {
                throw new IllegalStateException("A keyset key must not be null; coalesce it in the order");
            }
            return value.toString();
        }
    }

    /** Builds an order: its keys first, then the id that ends it. */
    public static final class Builder<T> {

        private final String list;
        private final List<Key<T>> keys = new ArrayList<>();

        private Builder(String list) {
            this.list = list;
        }

        public Builder<T> asc(String expression, KeyType type, Function<T, ?> value) {
            keys.add(new Key<>(expression, false, type, value));
            return this;
        }

        public Builder<T> desc(String expression, KeyType type, Function<T, ?> value) {
            keys.add(new Key<>(expression, true, type, value));
            return this;
        }

        /** A key in the given direction. */
        public Builder<T> key(String expression, boolean descending, KeyType type, Function<T, ?> value) {
            keys.add(new Key<>(expression, descending, type, value));
            return this;
        }

        /** Ends the order with the row's id, which makes every position exact. */
        public Keyset<T> thenId(String expression, boolean descending, Function<T, Long> id) {
            keys.add(new Key<>(expression, descending, KeyType.LONG, id));
            return new Keyset<>(list, keys);
        }
    }
}
