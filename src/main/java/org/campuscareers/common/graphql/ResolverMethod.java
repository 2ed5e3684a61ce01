package org.campuscareers.common.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDefaultDataFetcher;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.execution.datafetcher.helper.OperationInvoker;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Operation;
import jakarta.enterprise.context.Dependent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A resolver method as SmallRye's synchronous fetcher knows it (its operation, bean, method and
 * argument and result helpers), called on its bean the way {@link DirectResolver} (one field) and
 * {@link DirectBatchLoader} (one batch of a {@code @Source List<T>} field) call it: through the
 * bean's client, so its interceptors (security checks, transactions) run as for any call, inside the
 * request context, activated from the request's state when it is not active, as SmallRye does.
 *
 * <p>A method is not called directly when SmallRye's fetcher for it is another class (it returns
 * anything asynchronous), when it takes SmallRye's context as a parameter, runs on a virtual thread
 * or belongs to a {@code @Dependent} bean; and a blocking method is not, for a request that does not
 * run on a worker thread (SmallRye hands the call to one).
 */
final class ResolverMethod {

    /** What Quarkus keeps in the GraphQL context: whether the request runs on a worker thread. */
    private static final String RUN_BLOCKING = "runBlocking";
    /** What Quarkus keeps in the GraphQL context: the request context's state to activate. */
    private static final String REQUEST_STATE = "state";

    final Operation operation;
    final Method method;
    final ArgumentHelper arguments;
    final FieldHelper result;
    private final Class<?> beanClass;
    private final boolean nonBlocking;
    private volatile Object bean;

    private ResolverMethod(
            Operation operation, Class<?> beanClass, Method method, ArgumentHelper arguments, FieldHelper result) {
        this.operation = operation;
        this.beanClass = beanClass;
        this.method = method;
        this.arguments = arguments;
        this.result = result;
        this.nonBlocking = operation.getExecute() == Execute.NON_BLOCKING;
    }

    /**
     * Whether resolver methods and batches are called directly at all: {@code
     * campus-careers.direct-resolvers=false} keeps SmallRye's fetchers and batch functions (to turn
     * the patch off, or to measure it A/B in one jar).
     */
    static boolean enabled() {
        return ConfigProvider.getConfig()
                .getOptionalValue("campus-careers.direct-resolvers", Boolean.class)
                .orElse(true);
    }

    /**
     * The method behind SmallRye's fetcher (or batch function, the same object) of a resolver, or
     * null to keep SmallRye's.
     */
    static ResolverMethod of(Object fetcher) {
        if (fetcher == null || fetcher.getClass() != QuarkusDefaultDataFetcher.class) {
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
        if (takesContext || operation.getExecute() == Execute.RUN_ON_VIRTUAL_THREAD) {
            return null;
        }
        Class<?> beanClass = invoker.getMethod().getDeclaringClass();
        try {
            beanClass = Class.forName(operation.getClassName(), false, beanClass.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        return new ResolverMethod(operation, beanClass, invoker.getMethod(), arguments, result);
    }

    /**
     * Whether the method may be called on this thread for this request: a non-blocking method
     * always, a blocking one when the request runs on a worker thread.
     */
    boolean callableFor(DataFetchingEnvironment environment) {
        return nonBlocking
                || Boolean.TRUE.equals(environment.getGraphQlContext().get(RUN_BLOCKING));
    }

    /** The bean's instance (its client or intercepted subclass), looked up once; null for a dependent bean. */
    Object bean() {
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

    /** Calls the method on the bean; what the method throws comes out unwrapped. */
    Object invoke(Object target, Object[] values) throws Exception {
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

    /**
     * Activates the request context from the request's state if it is not active; returns whether
     * it did, and so whether {@link #leaveRequestContext} must deactivate it.
     */
    static boolean enterRequestContext(DataFetchingEnvironment environment) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return false;
        }
        ContextState state = environment.getGraphQlContext().get(REQUEST_STATE);
        if (state != null) {
            requestContext.activate(state);
        } else {
            requestContext.activate();
        }
        return true;
    }

    /** Deactivates the request context if {@link #enterRequestContext} activated it. */
    static void leaveRequestContext(boolean activated) {
        if (activated) {
            Arc.container().requestContext().deactivate();
        }
    }
}
