package org.campuscareers.common.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.helper.ErrorResultHelper;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.smallrye.graphql.validation.BeanValidationUtil;
import jakarta.validation.ConstraintViolationException;
import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * A resolver method (a root query or mutation, or a {@code @Source} field that is not batched, such
 * as a session's {@code viewerIsHost} on each row of the listing) called on its bean without
 * SmallRye's per-call bookkeeping. For every call SmallRye's fetcher builds a context (the path as a
 * string, the selected sub-fields as JSON, twice), fires events nothing here listens to, looks the
 * bean up again, and ends the request context after the call, so that the next field activates it
 * again; nothing in this service reads SmallRye's context ({@code io.smallrye.graphql.api.Context}
 * is injected nowhere). What a resolver may ask of its field, the client's selection below it, it
 * asks {@link Selection}, which this call makes the field's for its length.
 *
 * <p>What the call does is SmallRye's: the arguments are converted by SmallRye's own argument
 * helper, the result by its field helper (only when SmallRye would convert it), the method is called
 * as {@link ResolverMethod} says (through the bean's client, in the request context), and the errors
 * come out as SmallRye's fetcher makes them: an argument or result that cannot be converted, a
 * {@link GraphQLException} (with its partial results) and a bean validation failure become a result
 * with that error, any other exception goes to graphql-java's handler, unwrapped. A method that
 * {@link ResolverMethod} cannot call directly keeps SmallRye's fetcher. With
 * {@code quarkus.smallrye-graphql.nonblocking.enabled=false} every HTTP request runs on a worker.
 */
final class DirectResolver implements DataFetcher<Object> {

    private final DataFetcher<?> smallRye;
    private final ResolverMethod resolver;
    private final boolean converts;
    private final ErrorResultHelper errors = new ErrorResultHelper();

    private DirectResolver(DataFetcher<?> smallRye, ResolverMethod resolver) {
        this.smallRye = smallRye;
        this.resolver = resolver;
        this.converts = !LeanPropertyFetching.passesAsIs(resolver.operation);
    }

    /** The direct fetcher for SmallRye's fetcher of a resolver method, or null to keep SmallRye's. */
    static DataFetcher<?> of(DataFetcher<?> fetcher) {
        ResolverMethod resolver = ResolverMethod.of(fetcher);
        return resolver == null ? null : new DirectResolver(fetcher, resolver);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        if (!resolver.callableFor(environment)) {
            return smallRye.get(environment); // SmallRye hands the call to a worker thread
        }
        Object target = resolver.bean();
        if (target == null) {
            return smallRye.get(environment);
        }
        boolean activated = ResolverMethod.enterRequestContext(environment);
        DataFetchingEnvironment outer = Selection.enter(environment);
        try {
            Object value = resolver.invoke(
                    target, resolver.arguments.getArguments(environment).toArray());
            return converts ? resolver.result.transformOrAdaptResponse(value, environment) : value;
        } catch (AbstractDataFetcherException e) {
            DataFetcherResult.Builder<Object> answer = DataFetcherResult.newResult();
            e.appendDataFetcherResult(answer, environment);
            return answer.build();
        } catch (GraphQLException e) {
            DataFetcherResult.Builder<Object> answer = DataFetcherResult.newResult();
            errors.appendPartialResult(answer, environment, e);
            return answer.build();
        } catch (ConstraintViolationException e) {
            DataFetcherResult.Builder<Object> answer = DataFetcherResult.newResult();
            BeanValidationUtil.addConstraintViolationsToDataFetcherResult(
                    e.getConstraintViolations(), resolver.method, answer, environment);
            return answer.build();
        } finally {
            Selection.leave(outer);
            ResolverMethod.leaveRequestContext(activated);
        }
    }
}
