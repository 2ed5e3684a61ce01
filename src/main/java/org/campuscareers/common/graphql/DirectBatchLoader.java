package org.campuscareers.common.graphql;

import static io.smallrye.graphql.SmallRyeGraphQLServerMessages.msg;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;

/**
 * One batch of a batched field ({@code @Source List<T>}, such as the {@code employer} of the 20
 * postings of a page) loaded by calling its method on its bean, without SmallRye's per-batch
 * bookkeeping. SmallRye's batch function builds a context for every batch from the environment of
 * the batch's first row: the field's path as a string and its selected sub-fields, which
 * graphql-java computes for it ({@code DataFetchingFieldSelectionSetImpl}) and SmallRye then copies
 * into JSON ({@code SmallRyeContextManager.buildSelectedFields}); nothing in the service reads it.
 *
 * <p>What the call does is SmallRye's: the method gets the batch's keys and the arguments the first
 * row's fetcher converted ({@code LeanPropertyFetching.BatchedFetcher}, as SmallRye's batch fetcher
 * does); it is called as {@link ResolverMethod} says (through the bean's client, so that its security
 * checks run, in the request context); its list goes to the loader as it is (SmallRye converts
 * nothing of a batch either: each row's properties are converted by their own fetchers); a null list
 * is an empty one; and an exception fails the batch, unwrapped, as SmallRye's does. What the
 * method asks {@link Selection} is answered for the batch's first row. A method that
 * {@link ResolverMethod} cannot call directly, or a batch without its environment, goes to
 * SmallRye's batch function.
 */
final class DirectBatchLoader implements BatchLoaderWithContext<Object, Object> {

    /** How many batch functions of the running schema are called directly. */
    private static final AtomicInteger MADE = new AtomicInteger();

    private final BatchLoaderWithContext<Object, Object> smallRye;
    private final ResolverMethod resolver;

    private DirectBatchLoader(BatchLoaderWithContext<Object, Object> smallRye, ResolverMethod resolver) {
        this.smallRye = smallRye;
        this.resolver = resolver;
    }

    /** How many batched fields load directly so far (they are made as requests first ask for them). */
    static int made() {
        return MADE.get();
    }

    /** The direct batch function for SmallRye's batch function of a batched field, or null to keep SmallRye's. */
    @SuppressWarnings("unchecked")
    static BatchLoaderWithContext<Object, Object> of(Object batchFunction) {
        ResolverMethod resolver = ResolverMethod.of(batchFunction);
        if (resolver == null || !(batchFunction instanceof BatchLoaderWithContext<?, ?> smallRye)) {
            return null;
        }
        MADE.incrementAndGet();
        return new DirectBatchLoader((BatchLoaderWithContext<Object, Object>) smallRye, resolver);
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletionStage<List<Object>> load(List<Object> keys, BatchLoaderEnvironment batch) {
        List<Object> keyContexts = batch.getKeyContextsList();
        Map<String, Object> first =
                keyContexts == null || keyContexts.isEmpty() ? null : (Map<String, Object>) keyContexts.get(0);
        DataFetchingEnvironment environment =
                first == null ? null : (DataFetchingEnvironment) first.get(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT);
        List<Object> arguments = first == null ? null : (List<Object>) first.get(BatchLoaderHelper.ARGUMENTS);
        Object target =
                environment == null || arguments == null || !resolver.callableFor(environment) ? null : resolver.bean();
        if (target == null) {
            return smallRye.load(keys, batch);
        }
        Object[] values = new Object[arguments.size() + 1];
        values[0] = keys;
        for (int i = 0; i < arguments.size(); i++) {
            values[i + 1] = arguments.get(i);
        }
        boolean activated = ResolverMethod.enterRequestContext(environment);
        DataFetchingEnvironment outer = Selection.enter(environment);
        try {
            List<Object> loaded = (List<Object>) resolver.invoke(target, values);
            return CompletableFuture.completedFuture(loaded == null ? List.of() : loaded);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw msg.dataFetcherException(resolver.operation, e);
        } finally {
            Selection.leave(outer);
            ResolverMethod.leaveRequestContext(activated);
        }
    }
}
