package dev.frontline.home;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The deal page's edit form as it stands: the values shown (those of the deal, or those just posted when they are
 * refused) and what is wrong, by field.
 *
 * @param errors  the problems by field ({@code stage}, {@code amount}, {@code closeDate}, {@code nextStep},
 *                {@code forecastCategory}; {@code form} for the rest)
 * @param stale   the deal changed since the form was read (409)
 * @param saved   the edit was just saved
 */
public record DealForm(String stage, String amount, String closeDate, String nextStep, String category,
                       Map<String, String> errors, boolean stale, boolean saved) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public String invalid(String field) {
        return errors.containsKey(field) ? " is-invalid" : "";
    }
}
