package org.evsynth.app.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * JSON in and out of the API. Request bodies are read into records; a body that does not fit is answered with the
 * field's name and never with the value it held (it may be a password).
 */
public final class Json {

    /**
     * The mapper for responses and requests: keys in snake_case as in every evsynth JSON output (a record's
     * {@code csrfToken} is {@code csrf_token}; map keys are left as they are); unknown fields in a request are an
     * error, as typos usually are.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Json() {
    }

    /**
     * The request's body as the given type.
     *
     * @throws HttpError 400 when the body is not JSON, not of that shape, or not sent as application/json
     */
    public static <T> T body(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw HttpError.badRequest("send the body as JSON (Content-Type: application/json)");
        }
        try {
            T value = MAPPER.readValue(ctx.bodyAsBytes(), type);
            if (value == null) {
                throw HttpError.badRequest("the body is empty; expected a JSON object");
            }
            return value;
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
            throw HttpError.badRequest(field.isEmpty() ? "the body is not a JSON object of the expected fields"
                    : "field '" + field + "' is missing, unknown or of the wrong type");
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("the body is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (java.io.IOException e) {
            throw HttpError.badRequest("the body could not be read");
        }
    }

    /** A required text field of a request record. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw HttpError.badRequest("field '" + field + "' is required");
        }
        return value;
    }
}
