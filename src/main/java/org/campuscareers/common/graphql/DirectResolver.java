package org.campuscareers.common.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDefaultDataFetcher;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.ErrorResultHelper;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.execution.datafetcher.helper.OperationInvoker;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.smallrye.graphql.validation.BeanValidationUtil;
import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
 * through the bean's client (so its interceptors, such as security checks and transactions, run as
 * for any call), and the errors come out as SmallRye's fetcher makes them: an argument or result
 * that cannot be converted, a {@link GraphQLException} (with its partial results) and a bean
 * validation failure become a result with that error, any other exception goes to graphql-java's
 * handler, unwrapped. A
 * request context that is not active is activated from the request's state, as SmallRye does, and
 * deactivated after the call.
 *
 * <p>A resolver keeps SmallRye's fetcher when it returns anything asynchronous (SmallRye's fetcher
 * is then another class), takes SmallRye's context as a parameter, belongs to a {@code @Dependent}
 * bean or runs on a virtual thread; and a blocking resolver keeps it for a request that does not run
 * on a worker thread (SmallRye hands the call to one). With
 * {@code quarkus.smallrye-graphql.nonblocking.enabled=false} every HTTP request runs on a worker.
 */
final class DirectResolver implements DataFetcher<Object> {

    /** What Quarkus keeps in the GraphQL context: whether the request runs on a worker thread. */
    private static final String RUN_BLOCKING = "runBlocking";
    /** What Quarkus keeps in the GraphQL context: the request context's state to activate. */
    private static final String REQUEST_STATE = "state";

    private final DataFetcher<?> smallRye;
    private final Class<?> beanClass;
    private final Method method;
    private final ArgumentHelper arguments;
    private final FieldHelper result;
    private final boolean converts;
    private final boolean nonBlocking;
    private final ErrorResultHelper errors = new ErrorResultHelper();
    private volatile Object bean;

    private DirectResolver(
            DataFetcher<?> smallRye,
            Class<?> beanClass,
            Method method,
            ArgumentHelper arguments,
            FieldHelper result,
            boolean converts,
            boolean nonBlocking) {
        this.smallRye = smallRye;
        this.beanClass = beanClass;
        this.method = method;
        this.arguments = arguments;
        this.result = result;
        this.converts = converts;
        this.nonBlocking = nonBlocking;
    }

    /** The direct fetcher for SmallRye's fetcher of a resolver method, or null to keep SmallRye's. */
    static DataFetcher<?> of(DataFetcher<?> fetcher) {
        if (fetcher.getClass() != QuarkusDefaultDataFetcher.class) {
            return null;
        }
        Operation operation =
                LeanPropertyFetching.privateField(AbstractDataFetcher.class, fetcher, "operation", Operation.class);
        ArgumentHelper arguments = LeanPropertyFetching.privateField(
                AbstractDataFetcher.class, fetcher, "argumentHelper", ArgumentHelper.class);
        FieldHelper result =
                LeanPropertyFetching.privateField(AbstractDataFetcher.class, fetcher, "fieldHelper", FieldHelper.class);
        OperationInvoker invoker = LeanPropertyFetching.privateField(
                AbstractDataFetcher.class, fetcher, "operationInvoker", OperationInvoker.class);
        if (operation == null || arguments == null || result == null || invoker == null) {
            return null;
        }
        boolean takesContext = operation.getArguments().stream()
                .map(argument -> argument.getReference().getClassName())
                .anyMatch(io.smallrye.graphql.api.Context.class.getName()::equals);
        Class<?> beanClass = invoker.getMethod().getDeclaringClass();
        try {
            beanClass = Class.forName(operation.getClassName(), false, beanClass.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        if (takesContext || operation.getExecute() == Execute.RUN_ON_VIRTUAL_THREAD) {
            return null;
        }
        return new DirectResolver(
                fetcher,
                beanClass,
                invoker.getMethod(),
                arguments,
                result,
                !LeanPropertyFetching.passesAsIs(operation),
                operation.getExecute() == Execute.NON_BLOCKING);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        if (!nonBlocking && !Boolean.TRUE.equals(environment.getGraphQlContext().get(RUN_BLOCKING))) {
            return smallRye.get(environment); // SmallRye hands the call to a worker thread
        }
        Object target = bean();
        if (target == null) {
            return smallRye.get(environment);
        }
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = false;
        if (!requestContext.isActive()) {
            ContextState state = environment.getGraphQlContext().get(REQUEST_STATE);
            if (state != null) {
                requestContext.activate(state);
            } else {
                requestContext.activate();
            }
            activated = true;
        }
        DataFetchingEnvironment outer = Selection.enter(environment);
        try {
            Object value = invoke(target, arguments.getArguments(environment).toArray());
            return converts ? result.transformOrAdaptResponse(value, environment) : value;
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
                    e.getConstraintViolations(), method, answer, environment);
            return answer.build();
        } finally {
            Selection.leave(outer);
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private Object invoke(Object target, Object[] values) throws Exception {
        try {
            return method.invoke(target, values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The bean's instance (its client or intercepted subclass), looked up once; null for a dependent bean. */
    private Object bean() {
        Object found = bean;
        if (found == null) {
            InstanceHandle<?> handle = Arc.container().instance(beanClass);
            if (!handle.isAvailable() || handle.getBean().getScope() == Dependent.class) {
                Log.debugf("%s keeps SmallRye's fetcher: no shared bean", method);
                handle.close();
                return null;
            }
            found = handle.get();
            bean = found;
        }
        return found;
    }
}
