package dev.frontline.shared;

import java.util.List;

/**
 * Input that cannot be read as what it should be — a period that is no period ({@code 2026-Q9}), a word that is not
 * one of the choices, a number that is not a number: answered 400 naming the field. Input that reads fine but is
 * wrong is {@link InvalidInput} (422).
 */
public class Malformed extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public Malformed(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    /** What is wrong, without the field's name. */
    public String problem() {
        return problem;
    }

    /** The problem as {@code field: what is wrong}, as {@link InvalidInput#errors()} lists them. */
    public List<String> errors() {
        return List.of(getMessage());
    }
}
