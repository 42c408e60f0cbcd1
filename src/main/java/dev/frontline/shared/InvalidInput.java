package dev.frontline.shared;

import java.util.List;

/**
 * Input that is well-formed but wrong (a rating of 7, an unknown competency): answered 422 with each problem named.
 * Malformed input (not JSON, wrong types) stays a 400.
 */
public class InvalidInput extends IllegalArgumentException {

    private final List<String> errors;

    public InvalidInput(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(field + ": " + message));
    }

    public List<String> errors() {
        return errors;
    }
}
