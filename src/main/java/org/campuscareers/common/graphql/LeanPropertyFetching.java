package org.campuscareers.common.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.schema.visibility.GraphqlFieldVisibility;
import graphql.schema.visibility.NoIntrospectionGraphqlFieldVisibility;
import io.quarkus.logging.Log;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.campuscareers.common.EnginePatch;
import org.dataloader.DataLoader;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Properties, batched fields and resolver methods fetched without SmallRye's per-field bookkeeping. SmallRye
 * resolves every property, even a posting's title, and every row's share of a batched field (the
 * {@code employer} of each of 20 postings) by first building a context for it (its path as a
 * string, the selected sub-fields as JSON, twice, a copy of the request context) that nothing here
 * reads; on a page of 20 postings that is hundreds of contexts per request and most of the
 * service's CPU.
 *
 * <ul>
 *   <li>A plain property (a getter whose value goes out as it is) is read through a cached method
 *       handle.
 *   <li>A property SmallRye converts (a date it formats, a number it widens, an adapter) is read
 *       the same way and converted by SmallRye's own field helper, as its fetcher does, without the
 *       context. Map-valued properties keep SmallRye's fetcher.
 *   <li>A batched field ({@code @Source List<T>}) hands each row to its DataLoader with the
 *       arguments SmallRye's own argument helper converts, as SmallRye's batch fetcher does, without
 *       the context; the batch itself is loaded by {@link DirectBatchLoader}, with its security
 *       checks.
 * </ul>
 *
 * Resolver methods (root fields, {@code @Source} fields that are not batched) are called on their
 * bean by {@link DirectResolver}, with SmallRye's argument and field helpers and its error results.
 * {@code campus-careers.direct-resolvers=false} keeps SmallRye's fetcher for them ({@link
 * ResolverMethod#enabled}).
 *
 * <p>SmallRye also installs a field-visibility filter that builds a qualified name string on every
 * field lookup; when no field is hidden ({@code quarkus.smallrye-graphql.field-visibility} is
 * {@code default}) graphql-java's default visibility says the same without the cost. In production
 * ({@code no-introspection}) graphql-java's filter builds the name and a regular-expression matcher
 * for every field of every row (about 5% of what a request allocates); {@link NoIntrospection}
 * hides the same fields by comparing the type's name.
 */
final class LeanPropertyFetching {

    /** How many properties the last schema reads directly. */
    private static final AtomicInteger LEAN = new AtomicInteger();
    /** How many resolver methods the last schema calls directly. */
    private static final AtomicInteger RESOLVERS = new AtomicInteger();

    private LeanPropertyFetching() {}

    /** How many plain properties are read directly (0 when the patch did not take hold). */
    static int leanProperties() {
        return LEAN.get();
    }

    /** How many resolver methods are called directly ({@link DirectResolver}; 0 when the patch did not take hold). */
    static int directResolvers() {
        return RESOLVERS.get();
    }

    static GraphQLSchema apply(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        AtomicInteger replaced = new AtomicInteger();
        AtomicInteger batchedFields = new AtomicInteger();
        AtomicInteger resolvers = new AtomicInteger();
        boolean hidesNothing = "default"
                .equals(ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class)
                        .orElse("default"));
        boolean directResolvers = ResolverMethod.enabled();
        GraphQLCodeRegistry lean = registry.transform(builder -> {
            for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance)
                    .map(GraphQLObjectType.class::cast)
                    .filter(t -> !t.getName().startsWith("__"))
                    .toList()) {
                for (GraphQLFieldDefinition definition : type.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(type, definition);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, definition);
                    DataFetcher<?> replacement = null;
                    if (fetcher instanceof FieldDataFetcher<?> property) {
                        String accessor = plainAccessor(property);
                        replacement = accessor != null ? new PropertyFetcher(accessor) : converting(property);
                    } else if (fetcher instanceof BatchDataFetcher<?> batched) {
                        replacement = batched(batched);
                        if (replacement != null) {
                            batchedFields.incrementAndGet();
                        }
                    } else if (fetcher != null && directResolvers) {
                        replacement = DirectResolver.of(fetcher);
                        if (replacement != null) {
                            resolvers.incrementAndGet();
                        }
                    }
                    if (replacement != null) {
                        builder.dataFetcher(coordinates, replacement);
                        replaced.incrementAndGet();
                    }
                }
            }
            if (hidesNothing && registry.getFieldVisibility() instanceof BlockedFields) {
                builder.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            } else if (registry.getFieldVisibility() instanceof NoIntrospectionGraphqlFieldVisibility) {
                builder.fieldVisibility(new NoIntrospection());
            }
        });
        Log.debugf(
                "%d GraphQL properties, batched fields and resolvers fetched without SmallRye's context"
                        + " (%d batched, %d resolver methods)",
                replaced.get(), batchedFields.get(), resolvers.get());
        if (replaced.get() > 0) {
            EnginePatch.LEAN_PROPERTIES.applied();
        }
        LEAN.set(replaced.get());
        RESOLVERS.set(resolvers.get());
        return GraphQLSchema.newSchema(schema).codeRegistry(lean).build();
    }

    /**
     * The getter (or public field) behind a SmallRye property fetcher whose value SmallRye passes
     * on unchanged, or null if SmallRye would convert it.
     */
    private static String plainAccessor(FieldDataFetcher<?> fetcher) {
        io.smallrye.graphql.schema.model.Field field = modelOf(fetcher);
        if (field == null || !passesAsIs(field)) {
            return null;
        }
        return field.getMethodName() != null ? field.getMethodName() + "()" : field.getPropertyName();
    }

    /** Whether SmallRye passes the field's value on unchanged (no format, no widening, no adapter, no map). */
    static boolean passesAsIs(io.smallrye.graphql.schema.model.Field field) {
        if (field.hasTransformation()
                || field.isAdaptingTo()
                || field.isAdaptingWith()
                || (field.hasWrapper()
                        && (field.getWrapper().isMap() || field.getWrapper().isOptional()))) {
            return false;
        }
        var reference = field.getReference();
        // A scalar SmallRye converts: a date it formats, a number it widens.
        return reference.getType() != ReferenceType.SCALAR
                || reference.getClassName().equals(reference.getGraphQLClassName());
    }

    private static io.smallrye.graphql.schema.model.Field modelOf(FieldDataFetcher<?> fetcher) {
        return privateField(FieldDataFetcher.class, fetcher, "field", io.smallrye.graphql.schema.model.Field.class);
    }

    /** SmallRye's private state of one of its fetchers; null, and the patch marked broken, if unreadable. */
    static <T> T privateField(Class<?> owner, Object fetcher, String name, Class<T> type) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return type.cast(field.get(fetcher));
        } catch (ReflectiveOperationException | RuntimeException e) {
            EnginePatch.LEAN_PROPERTIES.broken(
                    "properties and batched fields resolve through SmallRye's full fetchers", e);
            return null; // SmallRye changed: keep its fetcher
        }
    }

    /** A property SmallRye converts, read directly and converted by SmallRye's field helper; null to keep its fetcher. */
    private static DataFetcher<?> converting(FieldDataFetcher<?> fetcher) {
        io.smallrye.graphql.schema.model.Field field = modelOf(fetcher);
        FieldHelper helper = privateField(FieldDataFetcher.class, fetcher, "fieldHelper", FieldHelper.class);
        if (field == null
                || helper == null
                || (field.hasWrapper() && field.getWrapper().isMap())) {
            return null;
        }
        String accessor = field.getMethodName() != null ? field.getMethodName() + "()" : field.getPropertyName();
        return new ConvertingFetcher(new PropertyFetcher(accessor), helper);
    }

    /** A batched field's row handed to its loader as SmallRye's batch fetcher does, without the context. */
    private static DataFetcher<?> batched(BatchDataFetcher<?> fetcher) {
        String loader = privateField(BatchDataFetcher.class, fetcher, "batchLoaderName", String.class);
        ArgumentHelper arguments =
                privateField(BatchDataFetcher.class, fetcher, "argumentHelper", ArgumentHelper.class);
        return loader == null || arguments == null ? null : new BatchedFetcher(loader, arguments);
    }

    /** Reads a property and converts it as SmallRye's property fetcher does (dates formatted, numbers widened). */
    static final class ConvertingFetcher implements DataFetcher<Object>, TrivialDataFetcher<Object> {

        private final PropertyFetcher read;
        private final FieldHelper helper;

        ConvertingFetcher(PropertyFetcher read, FieldHelper helper) {
            this.read = read;
            this.helper = helper;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object value = read.get(environment);
            try {
                return helper.transformOrAdaptResponse(value, environment);
            } catch (AbstractDataFetcherException e) {
                Log.debugf(e, "A property could not be converted; it goes out as it is");
                return value; // what SmallRye's fetcher does
            }
        }
    }

    /**
     * Hands the row to the field's DataLoader with the field's arguments, as SmallRye's batch
     * fetcher does: its batch function reads the arguments and the environment of the batch's
     * first row from the load's key context.
     */
    static final class BatchedFetcher implements DataFetcher<Object> {

        private final String loader;
        private final ArgumentHelper arguments;

        BatchedFetcher(String loader, ArgumentHelper arguments) {
            this.loader = loader;
            this.arguments = arguments;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            DataLoader<Object, Object> dataLoader = environment.getDataLoader(loader);
            Map<String, Object> keyContext = new HashMap<>(4);
            keyContext.put(BatchLoaderHelper.ARGUMENTS, arguments.getArguments(environment, true));
            keyContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            return dataLoader.load(environment.getSource(), keyContext);
        }
    }

    /**
     * What graphql-java's {@link NoIntrospectionGraphqlFieldVisibility} hides, decided without
     * building a string or a matcher per field: its pattern {@code __.*} on {@code Type.field} hides
     * every field of the introspection types (those whose name starts with {@code __}).
     */
    static final class NoIntrospection implements GraphqlFieldVisibility {

        private static boolean hidden(String typeName) {
            return typeName.startsWith("__");
        }

        @Override
        public List<GraphQLFieldDefinition> getFieldDefinitions(GraphQLFieldsContainer container) {
            return hidden(container.getName()) ? List.of() : container.getFieldDefinitions();
        }

        @Override
        public GraphQLFieldDefinition getFieldDefinition(GraphQLFieldsContainer container, String fieldName) {
            return hidden(container.getName()) ? null : container.getFieldDefinition(fieldName);
        }

        @Override
        public List<GraphQLInputObjectField> getFieldDefinitions(GraphQLInputFieldsContainer container) {
            return hidden(container.getName()) ? List.of() : container.getFieldDefinitions();
        }

        @Override
        public GraphQLInputObjectField getFieldDefinition(GraphQLInputFieldsContainer container, String fieldName) {
            return hidden(container.getName()) ? null : container.getFieldDefinition(fieldName);
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
