package org.campuscareers.common.graphql;

import graphql.ExceptionWhileDataFetching;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mutiny.zero.flow.adapters.AdaptersToReactiveStreams;
import org.eclipse.microprofile.graphql.Name;

/**
 * The root fields of subscriptions resolved by calling their method directly, without SmallRye's
 * streaming fetcher. That fetcher wraps the method's stream in four operators whose closures hold
 * the subscription's {@code DataFetchingEnvironment} (and through it the whole execution of the
 * subscribe request: its document, variables, selection and SmallRye's context) for as long as the
 * subscription lives, about 10 KB per viewer of a livestream. Here the method's stream is handed to
 * graphql-java as it is, and nothing of the request outlives the call; what each event needs to
 * execute is kept once per operation and audience by {@link SharedSubscriptionExecution}.
 *
 * <p>The method is called on its bean (through the bean's proxy, so its security annotations are
 * checked as for any call), with the field's arguments by their {@code @Name}. An exception it
 * throws, or its stream fails with (a bad cursor, a refused caller, a cap reached), becomes the one
 * result of the stream, with that error, as SmallRye's fetcher answers it. A field whose method takes anything but strings,
 * integers and booleans keeps SmallRye's fetcher, which converts arguments.
 */
final class LeanSubscriptionFetching {

    private static final Set<Class<?>> PLAIN =
            Set.of(String.class, Integer.class, int.class, Boolean.class, boolean.class);

    private LeanSubscriptionFetching() {}

    /**
     * @param rootMethods {@code SUBSCRIPTION.sessionEvents} → {@code org.campuscareers...SessionStreamGraphQL#sessionEvents}
     */
    static GraphQLSchema apply(GraphQLSchema schema, Map<String, String> rootMethods) {
        GraphQLObjectType subscriptions = schema.getSubscriptionType();
        if (subscriptions == null) {
            return schema;
        }
        List<String> lean = new ArrayList<>();
        GraphQLCodeRegistry registry = schema.getCodeRegistry().transform(builder -> {
            for (GraphQLFieldDefinition field : subscriptions.getFieldDefinitions()) {
                Method method = methodOf(rootMethods.get("SUBSCRIPTION." + field.getName()));
                if (method != null) {
                    builder.dataFetcher(FieldCoordinates.coordinates(subscriptions, field), new Direct(method));
                    lean.add(field.getName());
                }
            }
        });
        Log.debugf("Subscriptions resolved directly: %s", lean);
        return GraphQLSchema.newSchema(schema).codeRegistry(registry).build();
    }

    /** The method, if its stream and arguments need no conversion; null to keep SmallRye's fetcher. */
    private static Method methodOf(String reference) {
        if (reference == null || !reference.contains("#")) {
            return null;
        }
        String className = reference.substring(0, reference.indexOf('#'));
        String name = reference.substring(reference.indexOf('#') + 1);
        try {
            Class<?> type =
                    Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            List<Method> candidates = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name))
                    .toList();
            if (candidates.size() != 1) {
                return null;
            }
            Method method = candidates.get(0);
            boolean plain = Multi.class.isAssignableFrom(method.getReturnType())
                    && Arrays.stream(method.getParameters())
                            .allMatch(p -> PLAIN.contains(p.getType()) && p.isAnnotationPresent(Name.class));
            return plain ? method : null;
        } catch (ClassNotFoundException | LinkageError e) {
            Log.warnf("Subscription %s keeps SmallRye's fetcher: %s", reference, e);
            return null;
        }
    }

    /** Calls the method on its bean with the field's arguments, and passes its stream on. */
    private static final class Direct implements DataFetcher<Object> {

        private final Method method;
        private final String[] arguments;

        Direct(Method method) {
            this.method = method;
            this.arguments = Arrays.stream(method.getParameters())
                    .map(Parameter::getAnnotations)
                    .map(annotations -> Arrays.stream(annotations)
                            .filter(Name.class::isInstance)
                            .map(Name.class::cast)
                            .findFirst()
                            .orElseThrow()
                            .value())
                    .toArray(String[]::new);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object get(DataFetchingEnvironment environment) {
            Object[] values = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                values[i] = environment.getArgument(arguments[i]);
            }
            Object bean = Arc.container().select(method.getDeclaringClass()).get();
            ResultPath path = environment.getExecutionStepInfo().getPath();
            SourceLocation location = environment.getField().getSourceLocation();
            Multi<Object> stream;
            try {
                stream = (Multi<Object>) method.invoke(bean, values);
            } catch (InvocationTargetException e) {
                stream = Multi.createFrom().failure(e.getCause());
            } catch (IllegalAccessException e) {
                stream = Multi.createFrom().failure(e);
            }
            // A method with security annotations is called when its stream is subscribed to, so a
            // refusal (as any exception the method throws) arrives as the stream's failure.
            return AdaptersToReactiveStreams.publisher(
                    stream.onFailure().recoverWithItem(cause -> refused(path, location, cause)));
        }

        /** The one result of a refused subscription: the error, and no data. */
        private static Object refused(ResultPath path, SourceLocation location, Throwable cause) {
            return DataFetcherResult.newResult()
                    .error(new ExceptionWhileDataFetching(path, cause, location))
                    .build();
        }
    }
}
