package dev.frontline.pipeline;

import dev.frontline.shared.InvalidInput;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The order of a deal list: the default (open deals without a close date first, then the newest close), or one
 * column ascending or descending, ties broken by the deal's id. Blank values sort as the largest, as PostgreSQL
 * has it: last ascending, first descending.
 *
 * @param column     the column, {@code null} for the default order
 * @param ownerOrder for {@link Column#OWNER}: the owners' ids in name order (names live in the organization); owners
 *                   missing from it come after those in it
 */
public record DealSort(@Nullable Column column, boolean descending, List<Long> ownerOrder) {

    public static final DealSort DEFAULT = new DealSort(null, false, List.of());

    public DealSort {
        ownerOrder = List.copyOf(ownerOrder);
    }

    /** The columns a deal list sorts by, each named as the API's JSON names it. */
    public enum Column {
        EXTERNAL_ID("externalId"), OWNER("owner"), ACCOUNT("account"), PRODUCT("product"), STAGE("stage"),
        AMOUNT("amount"), CREATED("createdDate"), ENGAGED("engageDate"), CLOSED("closeDate");

        private final String key;

        Column(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** True when the column's values live in another table (or module) and sorting walks its keys. */
        public boolean byKey() {
            return this == OWNER || this == ACCOUNT || this == PRODUCT || this == STAGE;
        }
    }

    public static DealSort by(Column column, boolean descending) {
        return new DealSort(column, descending, List.of());
    }

    /**
     * Parses {@code column} or {@code column,asc|desc} ({@code amount,desc}, {@code closeDate}); blank is the default
     * order.
     *
     * @throws InvalidInput naming {@code sort} when the column or direction is unknown
     */
    public static DealSort parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String[] parts = text.trim().split("\\s*,\\s*");
        Column column = Arrays.stream(Column.values()).filter(c -> c.key.equalsIgnoreCase(parts[0])).findFirst()
                .orElseThrow(() -> new InvalidInput("sort", "'" + parts[0] + "' is not a column to sort by; use one of "
                        + Arrays.stream(Column.values()).map(Column::key).collect(Collectors.joining(", "))));
        if (parts.length > 2 || parts.length == 2 && !parts[1].matches("(?i)asc|desc")) {
            throw new InvalidInput("sort", "'" + text.trim() + "' is not column[,asc|desc]; one column at a time");
        }
        return by(column, parts.length == 2 && parts[1].toLowerCase(Locale.ROOT).equals("desc"));
    }

    /** The same sort with the owners' name order, which {@link Column#OWNER} needs. */
    public DealSort withOwnerOrder(List<Long> ownerIds) {
        return new DealSort(column, descending, ownerIds);
    }

    public boolean isDefault() {
        return column == null;
    }

    /** The sort as the {@code sort} parameter writes it; empty for the default order. */
    public String param() {
        return column == null ? "" : column.key + (descending ? ",desc" : "");
    }
}
