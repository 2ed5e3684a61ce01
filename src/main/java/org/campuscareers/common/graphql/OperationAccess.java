package org.campuscareers.common.graphql;

import io.quarkus.arc.Unremovable;
import io.quarkus.logging.Log;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.ErrorCode;

/**
 * Who may call each query, mutation and subscription, as its resolver method declares it:
 * {@code @PermitAll} (anyone), {@code @Authenticated} (any signed-in caller) or
 * {@code @RolesAllowed} (a caller with one of the roles). {@link InputGate} asks it about every root
 * field before any argument is decoded, so a caller who may not call an operation hears
 * {@code UNAUTHENTICATED} or {@code FORBIDDEN} whatever input it sent. What depends on the object
 * (membership of an employer, ownership of an application) is the feature's own check, after the
 * input names the object. An operation without a declaration is refused to everyone.
 */
@ApplicationScoped
@Unremovable // filled and read by GraphQLSetup, looked up from EngineSetupEvents
public class OperationAccess {

    /** Anyone; any signed-in caller; or a caller with one of {@code roles}. */
    public record Declaration(boolean anyone, List<String> roles) {

        /** The error this caller gets, or null when it may call the operation. */
        ApiException refusal(Caller caller) {
            if (anyone) {
                return null;
            }
            if (!caller.isSignedIn()) {
                return ApiException.unauthenticated();
            }
            if (roles.isEmpty() || roles.stream().anyMatch(caller::hasRole)) {
                return null;
            }
            return ApiException.forbidden("Only users with the " + String.join(" or ", roles) + " role may do this");
        }
    }

    private static final ApiException UNDECLARED =
            new ApiException(ErrorCode.FORBIDDEN, "This operation declares no callers", null, null);

    private volatile Map<String, Declaration> declarations = Map.of();

    /** Reads the declarations from the methods SmallRye maps root fields to ({@code QUERY.postings} → class#method). */
    void load(Map<String, String> rootMethods) {
        Map<String, Declaration> read = new TreeMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        rootMethods.forEach((field, method) -> {
            Declaration declaration = declarationOf(loader, method);
            if (declaration == null) {
                Log.errorf(
                        "%s (%s) declares no callers (@PermitAll, @Authenticated or @RolesAllowed);"
                                + " it is refused to everyone",
                        field, method);
            } else {
                read.put(field, declaration);
            }
        });
        declarations = Map.copyOf(read);
    }

    private static Declaration declarationOf(ClassLoader loader, String classAndMethod) {
        int hash = classAndMethod.indexOf('#');
        try {
            Class<?> type = Class.forName(classAndMethod.substring(0, hash), false, loader);
            String name = classAndMethod.substring(hash + 1);
            for (Method method : type.getDeclaredMethods()) {
                if (!method.getName().equals(name)) {
                    continue;
                }
                if (method.isAnnotationPresent(PermitAll.class)) {
                    return new Declaration(true, List.of());
                }
                if (method.isAnnotationPresent(Authenticated.class)) {
                    return new Declaration(false, List.of());
                }
                RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
                if (roles != null) {
                    return new Declaration(false, List.of(roles.value()));
                }
            }
            return null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The declaration of a root field, e.g. {@code ("MUTATION", "applyToPosting")}. */
    public Optional<Declaration> declaration(String operationType, String field) {
        return Optional.ofNullable(declarations.get(operationType + "." + field));
    }

    /** The error the caller gets for this root field before its input is read, or null. */
    ApiException refusal(String operationType, String field, Caller caller) {
        Declaration declaration = declarations.get(operationType + "." + field);
        return declaration == null ? UNDECLARED : declaration.refusal(caller);
    }
}
