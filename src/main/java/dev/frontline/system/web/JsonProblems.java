package dev.frontline.system.web;

import dev.frontline.shared.InvalidInput;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** What is wrong with a request body, in words that name the field: {@code quotas[0].amount}. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The field's path in the body ({@code [0].amount}, {@code version}), or {@code null} for the whole body. */
    static @Nullable String path(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        if (path.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** The problems of {@code invalid}, each said of the field at {@code path} rather than of the type's own name. */
    static InvalidInput at(String path, InvalidInput invalid) {
        return new InvalidInput(invalid.errors().stream()
                .map(error -> path + ": " + (error.contains(": ") ? error.substring(error.indexOf(": ") + 2) : error))
                .collect(Collectors.toList()));
    }

    static String describe(@Nullable JacksonException e, @Nullable String field) {
        if (e == null) {
            return "The request body is missing or is not JSON";
        }
        String where = field == null ? "The request body" : "Field '" + field + "'";
        if (e instanceof UnrecognizedPropertyException u) {
            return "Field '" + field + "' is not one this request takes";
        }
        if (e instanceof InvalidFormatException f) {
            return where + " should be " + expected(f.getTargetType()) + ", not "
                    + dev.frontline.shared.Echo.quote(f.getValue());
        }
        if (e instanceof MismatchedInputException m) {
            return where + " should be " + expected(m.getTargetType());
        }
        if (e instanceof StreamReadException) {
            return "The request body is not valid JSON";
        }
        return where + " is not valid";
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class
                || type == dev.frontline.shared.Money.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (2026-12-31)";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class
                || type == java.time.LocalDateTime.class) {
            return "a date and time (2026-12-31T09:00)";
        }
        return "an object";
    }
}
