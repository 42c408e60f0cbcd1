package dev.frontline.browser;

import dev.frontline.Dataset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Figures the pages should show, computed from the shipped CSV files alone. */
final class DemoFigures {

    private static final int AGENT = 0;
    private static final int MANAGER = 1;
    private static final int DEAL_ID = 0;
    private static final int DEAL_AGENT = 1;
    private static final int STAGE = 4;
    private static final int CLOSE_DATE = 6;
    private static final int CLOSE_VALUE = 7;

    private DemoFigures() {
    }

    /** The sales agents of a manager, as usernames ({@code first.last}), in file order. */
    static List<String> teamOf(String manager) {
        return Dataset.rows("sales_teams.csv").stream().filter(r -> r[MANAGER].equals(manager))
                .map(r -> username(r[AGENT])).toList();
    }

    /** Each of a manager's agents with the value of their deals won inside [from, to] as the demo holds them. */
    static Map<String, BigDecimal> wonRevenue(String manager, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        teamOf(manager).forEach(rep -> revenue.put(rep, BigDecimal.ZERO));
        for (String[] deal : Dataset.demoPipeline()) {
            String rep = username(deal[DEAL_AGENT]);
            if (revenue.containsKey(rep) && deal[STAGE].equals("Won")) {
                LocalDate closed = LocalDate.parse(deal[CLOSE_DATE]);
                if (!closed.isBefore(from) && !closed.isAfter(to)) {
                    revenue.merge(rep, new BigDecimal(deal[CLOSE_VALUE]), BigDecimal::add);
                }
            }
        }
        return revenue;
    }

    /** The opportunity ids of one sales agent, by their full name. */
    static List<String> dealsOf(String agent) {
        return Dataset.rows("sales_pipeline.csv").stream().filter(r -> r[DEAL_AGENT].equals(agent))
                .map(r -> r[DEAL_ID]).toList();
    }

    static String username(String fullName) {
        return fullName.trim().toLowerCase(Locale.ROOT).replace(' ', '.');
    }
}
