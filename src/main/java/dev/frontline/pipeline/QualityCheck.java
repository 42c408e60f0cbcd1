package dev.frontline.pipeline;

import dev.frontline.shared.Malformed;
import java.util.Arrays;
import java.util.Locale;

/** A data-quality check over the deals: each finds deals whose data is missing or contradicts itself. */
public enum QualityCheck {

    WON_WITHOUT_AMOUNT("Won without an amount", "The deal is won but has no amount: it counts as a win and adds nothing to revenue."),
    CLOSE_DATE_PASSED("Open past its close date", "The deal is open but its close date is before today."),
    CLOSED_BEFORE_CREATED("Closed before it was created", "The close date is before the created date (else the engage date)."),
    NO_ACCOUNT("Without an account", "The deal names no account."),
    NO_PRODUCT("Without a product", "The deal names no product."),
    DUPLICATE("Duplicates", "More than one deal with the same name (in any case) and account.");

    private final String title;
    private final String explanation;

    QualityCheck(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    /** The check's name in URLs and JSON: {@code won-without-amount}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The check of a key; {@link Malformed} (400) for an unknown one. */
    public static QualityCheck of(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equalsIgnoreCase(key.trim())).findFirst()
                .orElseThrow(() -> new Malformed("check", "is one of " + String.join(", ",
                        Arrays.stream(values()).map(QualityCheck::key).toList())));
    }
}
