package dev.frontline.system.web;

import dev.frontline.shared.Echo;
import dev.frontline.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The one way a page form bound to a record ({@code @Valid SomeForm form, BindingResult binding}) turns what it
 * refused into input errors. A value that does not convert ("abc" for a whole number) or breaks a Bean Validation
 * constraint is well-formed but wrong: {@link InvalidInput} (422) naming the field, which the page shows beside its
 * form. Call it before reading the record: when a value does not convert, the record is not made.
 */
public final class FormBinding {

    private FormBinding() {
    }

    /** Throws {@link InvalidInput} naming each refused field; returns quietly when the form bound cleanly. */
    public static void check(BindingResult binding) {
        List<String> errors = binding.getFieldErrors().stream().map(f -> f.getField() + ": " + problem(binding, f))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (binding.hasGlobalErrors()) {
            throw new InvalidInput(binding.getGlobalErrors().stream()
                    .map(e -> e.getObjectName() + ": " + e.getDefaultMessage()).toList());
        }
    }

    private static String problem(BindingResult binding, FieldError f) {
        if (!f.isBindingFailure()) {
            return String.valueOf(f.getDefaultMessage());
        }
        Object rejected = f.getRejectedValue();
        return Echo.quote(rejected == null ? "" : rejected) + " is not " + expected(binding.getFieldType(f.getField()));
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid value";
    }
}
