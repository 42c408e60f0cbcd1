package dev.frontline.imports.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Frontline's fields of an opportunity, onto which the columns of a CRM file map. */
public enum DealField {
    ID("id", "Opportunity id", true),
    NAME("name", "Name", false),
    ACCOUNT("account", "Account", false),
    OWNER("owner", "Owner", true),
    STAGE("stage", "Stage", true),
    AMOUNT("amount", "Amount", false),
    CLOSE_DATE("closeDate", "Close date", false),
    CREATED_DATE("createdDate", "Created date", false),
    PRODUCT("product", "Product", false);

    private final String key;
    private final String label;
    private final boolean required;

    DealField(String key, String label, boolean required) {
        this.key = key;
        this.label = label;
        this.required = required;
    }

    /** The name a mapping uses: {@code id}, {@code closeDate}, … */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    /** The field a mapping names, ignoring case and punctuation ({@code close_date} is {@code closeDate}). */
    public static Optional<DealField> byKey(String key) {
        String wanted = squash(key);
        return Stream.of(values()).filter(f -> squash(f.key).equals(wanted)).findFirst();
    }

    public static String keys() {
        return Stream.of(values()).map(DealField::key).collect(Collectors.joining(", "));
    }

    static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    }
}
