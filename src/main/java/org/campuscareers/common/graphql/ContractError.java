package org.campuscareers.common.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.ErrorCode;

/** A GraphQL error as clients see it: a message and {@code extensions.code} from {@link ErrorCode}. */
final class ContractError implements GraphQLError {

    private final String message;
    private final List<SourceLocation> locations;
    private final List<Object> path;
    private final Map<String, Object> extensions;
    private final ErrorCode code;

    ContractError(
            ErrorCode code,
            String message,
            List<SourceLocation> locations,
            List<Object> path,
            String field,
            Map<String, Object> more) {
        this.code = code;
        this.message = message;
        this.locations = locations;
        this.path = path;
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (field != null) {
            extensions.put("field", field);
        }
        if (more != null) {
            extensions.putAll(more);
        }
        this.extensions = extensions;
    }

    static ContractError of(
            ErrorCode code, String message, GraphQLError original, String field, Map<String, Object> more) {
        return new ContractError(code, message, original.getLocations(), original.getPath(), field, more);
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(code.name());
    }
}
