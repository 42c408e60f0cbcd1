package dev.frontline.forecast;

import dev.frontline.Dataset;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Products;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shipped dataset as the model's teams, read straight from the CSV files without the importer or the database:
 * as shipped (the data a fresh import of the files "as is" holds), or as the demo holds it on the tests' today.
 */
final class DatasetTeams {

    private DatasetTeams() {
    }

    static List<Backtester.Team> teams() {
        return teams(Dataset.rows("sales_pipeline.csv"));
    }

    /** The pipeline as the demo holds it on the tests' today ({@link Dataset#demoPipeline}). */
    static List<Backtester.Team> demoTeams() {
        return teams(Dataset.demoPipeline());
    }

    private static List<Backtester.Team> teams(List<String[]> pipeline) {
        return teams(Dataset.rows("sales_teams.csv"), pipeline);
    }

    /** Teams from the rows of a team file and a pipeline file of the dataset's layout (as a generated history's). */
    static List<Backtester.Team> teams(List<String[]> roster, List<String[]> pipeline) {
        return teams(roster, pipeline, Map.of());
    }

    /** The same, each deal with its stage timeline when {@code stages} has one under its opportunity id. */
    static List<Backtester.Team> teams(List<String[]> roster, List<String[]> pipeline,
                                       Map<String, dev.frontline.pipeline.StageTimeline> stages) {
        Map<String, String> managerOf = new TreeMap<>();
        roster.forEach(r -> managerOf.put(r[0], r[1]));
        Map<String, String> products = new HashMap<>();
        Dataset.rows("products.csv").forEach(r -> products.put(Products.matchKey(r[0]), r[0]));
        Map<String, Long> repIds = new HashMap<>();
        long nextRep = 1000;
        for (String rep : new TreeSet<>(managerOf.keySet())) {
            repIds.put(rep, nextRep++);
        }
        Map<String, List<Fact>> facts = new TreeMap<>();
        long id = 1;
        for (String[] r : pipeline) {
            Outcome outcome = switch (r[4]) {
                case "Won" -> Outcome.WON;
                case "Lost" -> Outcome.LOST;
                default -> Outcome.OPEN;
            };
            LocalDate engaged = r[5].isEmpty() ? null : LocalDate.parse(r[5]);
            LocalDate closed = r[6].isEmpty() ? null : LocalDate.parse(r[6]);
            Long cents = r[7].isEmpty() ? null : new BigDecimal(r[7]).movePointRight(2).longValueExact();
            boolean open = outcome == Outcome.OPEN;
            facts.computeIfAbsent(managerOf.get(r[1]), k -> new ArrayList<>()).add(new Fact(id++, repIds.get(r[1]),
                    products.get(Products.matchKey(r[2])), r[4], outcome, cents, engaged, open ? null : closed,
                    open ? closed : null).withStages(stages.get(r[0])));
        }
        List<Backtester.Team> teams = new ArrayList<>();
        long teamId = 1;
        for (Map.Entry<String, List<Fact>> e : facts.entrySet()) {
            List<ForecastModel.Rep> reps = managerOf.entrySet().stream().filter(m -> m.getValue().equals(e.getKey()))
                    .map(m -> new ForecastModel.Rep(repIds.get(m.getKey()), m.getKey()))
                    .sorted(Comparator.comparing(ForecastModel.Rep::name)).toList();
            teams.add(new Backtester.Team(teamId++, e.getKey() + "'s team", reps, e.getValue()));
        }
        return teams;
    }

    /** Product list prices in cents, by product name. */
    static Map<String, Long> listPrices() {
        Map<String, Long> prices = new HashMap<>();
        Dataset.rows("products.csv").forEach(r -> prices.put(r[0], new BigDecimal(r[2]).movePointRight(2).longValueExact()));
        return prices;
    }
}
