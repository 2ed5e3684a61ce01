package org.campuscareers.common.graphql;

import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

/**
 * DataLoaders made when a request first asks for one, instead of one for every batched field of
 * the schema on every request. SmallRye registers a new DataLoader (with its helper, options,
 * queue, locks and a new batch fetcher) for each of the schema's {@code @Source} batch fields in
 * every request, and graphql-java dispatches all of them after every level, or for a
 * subscription after every field. A subscription keeps its request's registry for its whole life:
 * with some twenty batched fields, about 40 KB per viewer, most of a livestream replica's heap.
 *
 * <p>Here, before an operation runs, the registry SmallRye made is emptied and replaced by one
 * that makes a loader by name when a resolver first asks for it, from the batch function and
 * options of the first loader of that name SmallRye made. Those batch functions are SmallRye's
 * batch fetchers, which read everything of a request from the environment they are given (as the
 * data fetchers SmallRye shares between requests do), so one serves every request. A batch function
 * {@link DirectBatchLoader} can call directly is replaced by it (unless
 * {@code campus-careers.direct-resolvers=false}).
 *
 * <p>A subscription's loaders do not cache: each event is resolved against the database as it is
 * when the event is delivered, not against values an earlier event of the same subscription
 * loaded (a cache in a registry that lives as long as the subscription would serve those forever).
 */
final class OnDemandDataLoaders extends SimplePerformantInstrumentation {

    /** What a loader is made of, by the name SmallRye registers it under. */
    private record Template(Object batchLoadFunction, DataLoaderOptions options, DataLoaderOptions uncached) {

        DataLoader<?, ?> make(String name, boolean cached) {
            return DataLoaderFactory.builder()
                    .name(name)
                    .batchLoadFunction(batchLoadFunction)
                    .options(cached ? options : uncached)
                    .build();
        }
    }

    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final boolean direct;

    /** @param direct whether batch functions are called directly ({@link DirectBatchLoader}) where they can be */
    OnDemandDataLoaders(boolean direct) {
        this.direct = direct;
    }

    @Override
    public ExecutionContext instrumentExecutionContext(
            ExecutionContext context, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        DataLoaderRegistry made = context.getDataLoaderRegistry();
        if (made == null || made instanceof Registry || made.getKeys().isEmpty()) {
            return context;
        }
        for (Map.Entry<String, DataLoader<?, ?>> entry :
                made.getDataLoadersMap().entrySet()) {
            templates.computeIfAbsent(entry.getKey(), name -> {
                DataLoader<?, ?> loader = entry.getValue();
                DataLoaderOptions options = loader.getOptions();
                Object function = loader.getBatchLoadFunction();
                Object directly = direct ? DirectBatchLoader.of(function) : null;
                return new Template(
                        directly != null ? directly : function,
                        options,
                        options.transform(b -> b.setCachingEnabled(false)));
            });
        }
        // The request's input (which SmallRye's context keeps) still points at the registry it
        // made: emptied, it holds none of the loaders.
        for (String name : made.getKeys()) {
            made.unregister(name);
        }
        Registry registry = new Registry(templates, !context.isSubscriptionOperation());
        return context.transform(builder -> builder.dataLoaderRegistry(registry));
    }

    /** A registry that makes each loader when it is first asked for. */
    static final class Registry extends DataLoaderRegistry {

        private final Map<String, Template> templates;
        private final boolean cached;

        Registry(Map<String, Template> templates, boolean cached) {
            this.templates = templates;
            this.cached = cached;
        }

        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String key) {
            DataLoader<K, V> existing = super.getDataLoader(key);
            if (existing != null) {
                return existing;
            }
            Template template = templates.get(key);
            return template == null ? null : computeIfAbsent(key, name -> template.make(name, cached));
        }
    }
}
