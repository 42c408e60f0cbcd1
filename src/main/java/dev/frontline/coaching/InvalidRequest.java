package dev.frontline.coaching;

import java.util.List;

/**
 * A request that is well-formed but wrong (an unknown cadence, a review date before the start): answered 422 with
 * every problem named as {@code field: what is wrong}. Malformed input (not JSON, wrong types) stays a 400.
 */
public class InvalidRequest extends IllegalArgumentException {

    private final List<String> errors;

    public InvalidRequest(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidRequest(String field, String message) {
        this(List.of(field + ": " + message));
    }

    public List<String> errors() {
        return errors;
    }
}
