package dev.frontline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped dataset read straight from its CSV files with a plain split (the files hold no quoted commas), so
 * tests compute expected figures without the code under test.
 */
public final class Dataset {

    public static final Path DIR = Path.of("src/main/resources/demo/crm-sales-opportunities");

    private Dataset() {
    }

    /** The data rows of a file, each split on commas (empty trailing fields kept). */
    public static List<String[]> rows(String file) {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\r", "").split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pipeline as the demo holds it on the tests' today ({@link TestClock#NOW}): every date moved by
     * {@link TestClock#DEMO_SHIFT_MONTHS}; a deal engaged after today is a prospect (no dates, no value); one
     * closed after today is open in {@code Engaging}, expected on its close date, its value kept if it was won.
     * Columns as in the file: id, agent, product, account, stage, engage date, close date, close value.
     */
    public static List<String[]> demoPipeline() {
        LocalDate today = LocalDate.ofInstant(TestClock.NOW, ZoneOffset.UTC);
        List<String[]> rows = new ArrayList<>();
        for (String[] file : rows("sales_pipeline.csv")) {
            String[] r = file.clone();
            r[5] = moved(r[5]);
            r[6] = moved(r[6]);
            if (!r[5].isEmpty() && LocalDate.parse(r[5]).isAfter(today)) {
                r[4] = "Prospecting";
                r[5] = "";
                r[6] = "";
                r[7] = "";
            } else if (!r[6].isEmpty() && LocalDate.parse(r[6]).isAfter(today)) {
                r[7] = r[4].equals("Won") ? r[7] : "";
                r[4] = "Engaging";
            }
            rows.add(r);
        }
        return rows;
    }

    private static String moved(String date) {
        return date.isEmpty() ? "" : LocalDate.parse(date).plusMonths(TestClock.DEMO_SHIFT_MONTHS).toString();
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
