package dev.frontline.pipeline;

import dev.frontline.Dataset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shipped pipeline as the deal list should show it, computed from the CSV files alone: as the demo holds it on
 * the tests' today ({@link Dataset#demoPipeline}), products under their names in the product file, the value of a deal without an amount its product's
 * list price.
 */
final class DatasetDeals {

    record Row(String id, String agent, @Nullable String product, @Nullable String account, @Nullable String sector,
               String stage, @Nullable LocalDate engaged, @Nullable LocalDate closed, @Nullable BigDecimal value,
               boolean estimated) {

        boolean open() {
            return stage.equals("Engaging") || stage.equals("Prospecting");
        }

        boolean matches(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            return id.toLowerCase(Locale.ROOT).contains(t)
                    || account != null && account.toLowerCase(Locale.ROOT).contains(t)
                    || product != null && product.toLowerCase(Locale.ROOT).contains(t);
        }
    }

    static final List<Row> ALL = load();

    private DatasetDeals() {
    }

    private static List<Row> load() {
        Map<String, String> productByKey = new HashMap<>();
        Map<String, BigDecimal> prices = new HashMap<>();
        for (String[] p : Dataset.rows("products.csv")) {
            productByKey.put(key(p[0]), p[0]);
            prices.put(p[0], new BigDecimal(p[2]));
        }
        Map<String, String> sectors = new HashMap<>();
        Dataset.rows("accounts.csv").forEach(a -> sectors.put(a[0], a[1]));
        return Dataset.demoPipeline().stream().map(r -> {
            String product = r[2].isEmpty() ? null : productByKey.get(key(r[2]));
            String account = r[3].isEmpty() ? null : r[3];
            BigDecimal amount = r[7].isEmpty() ? null : new BigDecimal(r[7]);
            BigDecimal value = amount != null ? amount : product == null ? null : prices.get(product);
            return new Row(r[0], r[1], product, account, account == null ? null : sectors.get(account), r[4],
                    shift(r[5]), shift(r[6]), value, amount == null && value != null);
        }).toList();
    }

    /** A date of {@link Dataset#demoPipeline}, which the demo has moved already. */
    static @Nullable LocalDate shift(String date) {
        return date.isEmpty() ? null : LocalDate.parse(date);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    }
}
