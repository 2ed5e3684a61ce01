package org.campuscareers.common.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.logging.Log;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.ReferenceType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.campuscareers.common.EnginePatch;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plain properties (a getter whose value goes out as it is) read without SmallRye's per-field
 * bookkeeping. SmallRye resolves every property, even a posting's title, by first building a
 * context for it (its path as a string, the selected sub-fields as JSON, a copy of the request
 * context) that nothing here reads; on a page of 20 postings that is hundreds of contexts per
 * request and most of the service's CPU. Properties SmallRye must convert (dates it formats,
 * adapters, maps) keep SmallRye's fetcher, as do all resolver methods, which keep its context,
 * security checks and batching.
 *
 * <p>SmallRye also installs a field-visibility filter that builds a qualified name string on every
 * field lookup; when no field is hidden ({@code quarkus.smallrye-graphql.field-visibility} is
 * {@code default}) graphql-java's default visibility says the same without the cost.
 */
final class LeanPropertyFetching {

    /** How many properties the last schema reads directly. */
    private static final AtomicInteger LEAN = new AtomicInteger();

    private LeanPropertyFetching() {}

    /** How many plain properties are read directly (0 when the patch did not take hold). */
    static int leanProperties() {
        return LEAN.get();
    }

    static GraphQLSchema apply(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        AtomicInteger replaced = new AtomicInteger();
        boolean hidesNothing = "default"
                .equals(ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class)
                        .orElse("default"));
        GraphQLCodeRegistry lean = registry.transform(builder -> {
            for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance)
                    .map(GraphQLObjectType.class::cast)
                    .filter(t -> !t.getName().startsWith("__"))
                    .toList()) {
                for (GraphQLFieldDefinition definition : type.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(type, definition);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, definition);
                    String accessor = fetcher instanceof FieldDataFetcher<?> property ? plainAccessor(property) : null;
                    if (accessor != null) {
                        builder.dataFetcher(coordinates, new PropertyFetcher(accessor));
                        replaced.incrementAndGet();
                    }
                }
            }
            if (hidesNothing && registry.getFieldVisibility() instanceof BlockedFields) {
                builder.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
        });
        Log.debugf("%d plain GraphQL properties are read directly", replaced.get());
        if (replaced.get() > 0) {
            EnginePatch.LEAN_PROPERTIES.applied();
        }
        LEAN.set(replaced.get());
        return GraphQLSchema.newSchema(schema).codeRegistry(lean).build();
    }

    /**
     * The getter (or public field) behind a SmallRye property fetcher whose value SmallRye passes
     * on unchanged, or null if SmallRye would convert it.
     */
    private static String plainAccessor(FieldDataFetcher<?> fetcher) {
        io.smallrye.graphql.schema.model.Field field = modelOf(fetcher);
        if (field == null
                || field.hasTransformation()
                || field.isAdaptingTo()
                || field.isAdaptingWith()
                || (field.hasWrapper() && field.getWrapper().isMap())) {
            return null;
        }
        var reference = field.getReference();
        if (reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName())) {
            return null; // SmallRye converts it (a date it formats, a number it widens)
        }
        return field.getMethodName() != null ? field.getMethodName() + "()" : field.getPropertyName();
    }

    private static io.smallrye.graphql.schema.model.Field modelOf(FieldDataFetcher<?> fetcher) {
        try {
            Field model = FieldDataFetcher.class.getDeclaredField("field");
            model.setAccessible(true);
            return (io.smallrye.graphql.schema.model.Field) model.get(fetcher);
        } catch (ReflectiveOperationException | RuntimeException e) {
            EnginePatch.LEAN_PROPERTIES.broken("every property resolves through SmallRye's full fetcher", e);
            return null; // SmallRye changed: keep its fetcher
        }
    }

    /** Reads one getter or public field of whatever class the source is, through a cached method handle. */
    static final class PropertyFetcher implements DataFetcher<Object>, TrivialDataFetcher<Object> {

        private final String accessor;
        private final ConcurrentHashMap<Class<?>, MethodHandle> handles = new ConcurrentHashMap<>();

        PropertyFetcher(String accessor) {
            this.accessor = accessor;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            try {
                return handles.computeIfAbsent(source.getClass(), this::handleFor)
                        .invoke(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        private MethodHandle handleFor(Class<?> type) {
            try {
                MethodHandle handle = accessor.endsWith("()")
                        ? MethodHandles.publicLookup()
                                .unreflect(type.getMethod(accessor.substring(0, accessor.length() - 2)))
                        : MethodHandles.publicLookup().unreflectGetter(type.getField(accessor));
                return handle.asType(
                        handle.type().changeParameterType(0, Object.class).changeReturnType(Object.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("No accessor " + accessor + " on " + type.getName(), e);
            }
        }
    }
}
