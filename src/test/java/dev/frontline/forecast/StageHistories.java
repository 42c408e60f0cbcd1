package dev.frontline.forecast;

import dev.frontline.pipeline.StageTimeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generator's stage option: a generated history ({@link HistoryGenerator}) with each engaged deal's stages over
 * time, as a Salesforce {@code OpportunityHistory} export ({@code OpportunityId, CreatedDate, StageName, Amount,
 * CloseDate, Probability, ForecastCategory}; the importer's layout SALESFORCE_HISTORY). Drawn after the history,
 * from its own seed, so the deals themselves are the history's unchanged.
 *
 * <p>A deal starts at Prospecting on its engage date. A deal that will be won moves to Engaging early, after a
 * uniform 10–50% of its cycle; one that will be lost moves there only with probability {@code lostAdvance}, after
 * 30–80% of its cycle, else stays at Prospecting until it is lost. A closed deal ends at Won or Lost on its close
 * date. A deal open at the export moved to Engaging with probability one half, on a uniform day of its time so far.
 * So a deal's stage at a past day says more about how it will end than its age does: stages carry signal.
 */
final class StageHistories {

    static final String HEADER = "OpportunityId,CreatedDate,StageName,Amount,CloseDate,Probability,ForecastCategory";

    /** A history with its stage history rows. */
    record Staged(HistoryGenerator.History history, List<String[]> opportunityHistory) {

        /** The deals' stage timelines, read back from the rows as the importer reads them, by opportunity id. */
        Map<String, StageTimeline> timelines() {
            Map<String, List<String[]>> byDeal = new LinkedHashMap<>();
            opportunityHistory.forEach(r -> byDeal.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r));
            Map<String, StageTimeline> out = new LinkedHashMap<>();
            byDeal.forEach((id, rows) -> out.put(id, new StageTimeline(rows.get(0)[2], rows.stream()
                    .map(r -> new StageTimeline.Change(LocalDate.parse(r[1].substring(0, 10)), r[2])).toList())));
            return out;
        }

        /** The teams as the model sees them, each deal with its stage timeline. */
        List<Backtester.Team> modelTeams() {
            return DatasetTeams.teams(history.teams(), history.pipeline(), timelines());
        }

        /** The same teams without stage history: the date-only model's view. */
        List<Backtester.Team> dateOnlyTeams() {
            return history.modelTeams();
        }

        String opportunityHistoryCsv() {
            StringBuilder out = new StringBuilder(HEADER).append('\n');
            opportunityHistory.forEach(r -> out.append(String.join(",", r)).append('\n'));
            return out.toString();
        }

        /** Writes the history's import files and {@code opportunity_history.csv} into the folder. */
        void write(Path folder) {
            history.write(folder);
            try {
                Files.writeString(folder.resolve("opportunity_history.csv"), opportunityHistoryCsv(),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private StageHistories() {
    }

    /** The history with stage histories drawn from {@code seed}; {@code lostAdvance} in 0–1. */
    static Staged of(HistoryGenerator.History h, long seed, double lostAdvance) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> rows = new ArrayList<>();
        for (String[] d : h.pipeline()) {
            if (d[5].isEmpty()) {
                continue;
            }
            LocalDate created = LocalDate.parse(d[5]);
            String stage = d[4];
            String amount = d[7];
            String close = d[6];
            rows.add(row(d[0], created, "Prospecting", amount, close));
            if (stage.equals("Won") || stage.equals("Lost")) {
                LocalDate closed = LocalDate.parse(close);
                long cycle = ChronoUnit.DAYS.between(created, closed);
                boolean won = stage.equals("Won");
                double at = won ? 0.1 + 0.4 * random.nextDouble()
                        : random.nextDouble() < lostAdvance ? 0.3 + 0.5 * random.nextDouble() : 2;
                LocalDate moves = created.plusDays(Math.round(at * cycle));
                if (at < 1 && moves.isAfter(created) && moves.isBefore(closed)) {
                    rows.add(row(d[0], moves, "Engaging", amount, close));
                }
                rows.add(row(d[0], closed, stage, amount, close));
            } else if (random.nextBoolean()) {
                long sofar = ChronoUnit.DAYS.between(created, h.exported());
                LocalDate moves = created.plusDays(1 + (sofar <= 1 ? 0 : random.nextLong(sofar)));
                if (!moves.isAfter(h.exported())) {
                    rows.add(row(d[0], moves, "Engaging", amount, close));
                }
            }
        }
        return new Staged(h, rows);
    }

    private static String[] row(String id, LocalDate on, String stage, String amount, String close) {
        String probability = switch (stage) {
            case "Won" -> "100";
            case "Lost" -> "0";
            case "Engaging" -> "50";
            default -> "10";
        };
        String category = switch (stage) {
            case "Won" -> "Closed";
            case "Lost" -> "Omitted";
            default -> "Pipeline";
        };
        return new String[] {id, on + "T09:00:00.000Z", stage, amount, close, probability, category};
    }
}
