package dev.frontline.forecast;

import dev.frontline.Dataset;
import dev.frontline.pipeline.Products;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * CRM histories of known make-up, written as the import files Frontline reads (the dataset's layout:
 * {@code sales_teams.csv}, {@code products.csv}, {@code accounts.csv}, {@code sales_pipeline.csv}), so that a
 * generated history goes in through the importer like any export.
 *
 * <p>One team of reps under one manager. Each rep creates deals day by day at a rate that grows (or shrinks) by the
 * recipe's yearly factor, moved by a team-wide demand shock per month, ramping up over a quarter when the rep joins
 * late and stopping when the rep leaves. A deal's product is drawn with the dataset's product mix, its value is the
 * product's list price with noise, its cycle is log-normal around the recipe's median, it is won with the rep's win
 * rate (the team's, with rep-to-rep spread), and some deals are never closed (stale). Wins due in the first weeks of
 * a quarter are pulled into the last two weeks of the quarter before with the recipe's pull-in probability.
 *
 * <p>The export is what a CRM holds on its export date: deals created after it are not there; a deal due to close
 * after it (or never) is open — Engaging, with its expected close date and amount unless the amount is missing; a
 * few deals are not engaged yet (Prospecting, no dates); closes only up to the export date.
 */
final class HistoryGenerator {

    /**
     * What a history is made of: a company of {@code teams} teams, the first of {@code reps} reps, the others of 3–15.
     *
     * @param growth        yearly factor of deal creation: 1 flat, 4 quadrupling, 0.5 halving
     * @param pullIn        the share of wins due in a quarter's first 30 days pulled into the quarter before (0–1)
     * @param cycleDays     the median days from creation to close
     * @param winRate       the team's share of closed deals won
     * @param repSpread     the standard deviation of the reps' win rates around the team's
     * @param dealsPerRep   deals a rep creates a month at the start
     * @param demandShock   the standard deviation of the team-wide monthly demand shock (log scale)
     * @param turnover      the share of reps who join late or leave during the history
     * @param missing       the share of open deals exported without an amount and without an expected close date
     * @param stale         the share of deals never closed
     */
    record Recipe(String name, long seed, int teams, int reps, int months, double growth, double pullIn, int cycleDays,
                  double winRate, double repSpread, double dealsPerRep, double demandShock, double turnover,
                  double missing, double stale) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s (%d teams, first %d reps, %d months, growth %.2f×/yr, pull-in %.0f%%, cycle %dd, "
                            + "win %.0f%%±%.0f, %.0f deals/rep/mo, shock %.2f, turnover %.0f%%, missing %.0f%%, stale %.0f%%)",
                    name, teams, reps, months, growth, 100 * pullIn, cycleDays, 100 * winRate, 100 * repSpread, dealsPerRep,
                    demandShock, 100 * turnover, 100 * missing, 100 * stale);
        }
    }

    /** A generated history: the rows of its four files, as the importer reads them. */
    record History(Recipe recipe, LocalDate exported, List<String[]> teams, List<String[]> pipeline) {

        static final String TEAMS_HEADER = "sales_agent,manager,regional_office";
        static final String PIPELINE_HEADER =
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value";

        /** The team as the model sees it, read from the rows with the same rules as the shipped files. */
        List<Backtester.Team> modelTeams() {
            return DatasetTeams.teams(teams, pipeline);
        }

        String teamsCsv() {
            return csv(TEAMS_HEADER, teams);
        }

        String pipelineCsv() {
            return csv(PIPELINE_HEADER, pipeline);
        }

        /** Writes the four import files into the folder. */
        void write(Path folder) {
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve("sales_teams.csv"), teamsCsv(), StandardCharsets.UTF_8);
                Files.writeString(folder.resolve("sales_pipeline.csv"), pipelineCsv(), StandardCharsets.UTF_8);
                Files.copy(Dataset.DIR.resolve("products.csv"), folder.resolve("products.csv"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.copy(Dataset.DIR.resolve("accounts.csv"), folder.resolve("accounts.csv"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String csv(String header, List<String[]> rows) {
            StringBuilder out = new StringBuilder(header).append('\n');
            rows.forEach(r -> out.append(String.join(",", r)).append('\n'));
            return out.toString();
        }
    }

    private static final String[] FIRST_NAMES = {"Ada", "Bela", "Cyd", "Dov", "Eli", "Fen", "Gus", "Hal", "Ira", "Jo",
            "Kit", "Lux", "Mae", "Ned", "Oda", "Pim", "Quin", "Rex"};
    private static final int PULL_IN_DAYS = 30;
    private static final int PULLED_INTO_LAST_DAYS = 14;

    private record Product(String name, long listPrice, double weight) {
    }

    private record RepPlan(String name, LocalDate joins, LocalDate leaves, double productivity, double winRate) {
    }

    private HistoryGenerator() {
    }

    /** The history of the recipe, exported on the day given (its first deals are {@code months} months earlier). */
    static History generate(Recipe recipe, LocalDate exported) {
        UniformRandomProvider random = RandomSource.SPLIT_MIX_64.create(recipe.seed());
        List<Product> products = products();
        List<String> accounts = Dataset.rows("accounts.csv").stream().map(r -> r[0]).toList();
        LocalDate start = exported.minusMonths(recipe.months());
        long span = ChronoUnit.DAYS.between(start, exported);
        ContinuousSampler normal = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(random), 0, 1);
        ContinuousSampler cycle = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(random),
                Math.log(recipe.cycleDays()), 0.5);
        ContinuousSampler priceNoise = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(random), 0, 0.12);
        double companyShock = recipe.demandShock() / Math.sqrt(2);
        Map<Integer, Double> market = new HashMap<>();
        List<String[]> teams = new ArrayList<>();
        List<String[]> pipeline = new ArrayList<>();
        int[] next = {1};
        for (int t = 0; t < recipe.teams(); t++) {
            String surname = "Gen" + recipe.name().replaceAll("[^A-Za-z0-9]", "") + (char) ('A' + t);
            String manager = "Max " + surname;
            int size = t == 0 ? recipe.reps() : 3 + random.nextInt(13);
            List<RepPlan> reps = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                LocalDate joins = start;
                LocalDate leaves = exported.plusDays(1);
                if (random.nextDouble() < recipe.turnover()) {
                    if (random.nextBoolean()) {
                        joins = start.plusDays((long) (span * 0.6 * random.nextDouble()));
                    } else {
                        leaves = start.plusDays((long) (span * (0.4 + 0.55 * random.nextDouble())));
                    }
                }
                double rate = Math.min(0.95, Math.max(0.05, recipe.winRate() + recipe.repSpread() * normal.sample()));
                double productivity = Math.exp(0.3 * normal.sample() - 0.045);
                reps.add(new RepPlan(FIRST_NAMES[i % FIRST_NAMES.length] + " " + surname
                        + (i < FIRST_NAMES.length ? "" : "x"), joins, leaves, productivity, rate));
            }
            reps.forEach(r -> teams.add(new String[] {r.name(), manager, "Generated"}));
            Map<Integer, Double> local = new HashMap<>();
            for (RepPlan rep : reps) {
                for (LocalDate day = rep.joins(); day.isBefore(rep.leaves()) && !day.isAfter(exported); day = day.plusDays(1)) {
                    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        continue;
                    }
                    int month = (int) ChronoUnit.MONTHS.between(start.withDayOfMonth(1), day.withDayOfMonth(1));
                    double shock = market.computeIfAbsent(month, m -> lognormal(normal, companyShock))
                            * local.computeIfAbsent(month, m -> lognormal(normal, companyShock));
                    double years = ChronoUnit.DAYS.between(start, day) / 365.25;
                    double ramp = rep.joins().equals(start) ? 1
                            : Math.min(1, (ChronoUnit.DAYS.between(rep.joins(), day) + 1) / 91.0);
                    double perDay = recipe.dealsPerRep() * 12 / 261.0 * Math.pow(recipe.growth(), years)
                            * rep.productivity() * shock * ramp;
                    int created = PoissonSampler.of(random, perDay).sample();
                    for (int k = 0; k < created; k++) {
                        pipeline.add(deal(recipe, random, "G" + recipe.seed() + "-" + next[0]++, rep, day, exported,
                                products, accounts, cycle, priceNoise));
                    }
                }
                int prospects = PoissonSampler.of(random, rep.leaves().isAfter(exported)
                        ? recipe.dealsPerRep() * Math.pow(recipe.growth(), span / 365.25) * 0.3 : 0.01).sample();
                for (int k = 0; k < prospects; k++) {
                    Product p = pick(products, random);
                    pipeline.add(new String[] {"G" + recipe.seed() + "-" + next[0]++, rep.name(), p.name(),
                            accounts.get(random.nextInt(accounts.size())), "Prospecting", "", "", ""});
                }
            }
        }
        return new History(recipe, exported, teams, pipeline);
    }

    /** A log-normal factor of mean one. */
    private static double lognormal(ContinuousSampler normal, double sigma) {
        return Math.exp(sigma * normal.sample() - sigma * sigma / 2);
    }

    private static String[] deal(Recipe recipe, UniformRandomProvider random, String id, RepPlan rep, LocalDate created,
                                 LocalDate exported, List<Product> products, List<String> accounts,
                                 ContinuousSampler cycle, ContinuousSampler priceNoise) {
        Product product = pick(products, random);
        String account = random.nextDouble() < 0.15 ? "" : accounts.get(random.nextInt(accounts.size()));
        long value = Math.max(1, Math.round(product.listPrice() / 100.0 * priceNoise.sample()));
        boolean stale = random.nextDouble() < recipe.stale();
        boolean won = random.nextDouble() < rep.winRate();
        LocalDate close = created.plusDays(Math.max(1, Math.round(cycle.sample() * (won ? 1 : 1.15))));
        if (won && random.nextDouble() < recipe.pullIn()) {
            LocalDate quarterStart = quarterStart(close);
            if (ChronoUnit.DAYS.between(quarterStart, close) < PULL_IN_DAYS) {
                LocalDate pulled = quarterStart.minusDays(1 + random.nextInt(PULLED_INTO_LAST_DAYS));
                close = pulled.isAfter(created) ? pulled : close;
            }
        }
        if (stale || close.isAfter(exported)) {
            boolean missing = random.nextDouble() < recipe.missing();
            LocalDate expected = stale ? created.plusDays(recipe.cycleDays()) : close.plusDays(random.nextInt(31) - 15);
            if (expected.isBefore(created)) {
                expected = created;
            }
            return new String[] {id, rep.name(), product.name(), account, "Engaging", created.toString(),
                    missing ? "" : expected.toString(), missing ? "" : Long.toString(value)};
        }
        return new String[] {id, rep.name(), product.name(), account, won ? "Won" : "Lost", created.toString(),
                close.toString(), won ? Long.toString(value) : "0"};
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static Product pick(List<Product> products, UniformRandomProvider random) {
        double u = random.nextDouble() * products.stream().mapToDouble(Product::weight).sum();
        for (Product p : products) {
            u -= p.weight();
            if (u <= 0) {
                return p;
            }
        }
        return products.get(products.size() - 1);
    }

    /** The shipped products with their list prices, weighted by how often the dataset's deals name them. */
    private static List<Product> products() {
        Map<String, Integer> counts = new HashMap<>();
        Dataset.rows("sales_pipeline.csv").forEach(r -> counts.merge(Products.matchKey(r[2]), 1, Integer::sum));
        Map<String, Product> out = new LinkedHashMap<>();
        for (String[] r : Dataset.rows("products.csv")) {
            out.put(r[0], new Product(r[0], new java.math.BigDecimal(r[2]).movePointRight(2).longValueExact(),
                    counts.getOrDefault(Products.matchKey(r[0]), 1)));
        }
        return List.copyOf(out.values());
    }
}
