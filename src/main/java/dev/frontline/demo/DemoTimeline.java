package dev.frontline.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Moves the dataset's pipeline into the present: every date shifted by the same whole number of months, then the
 * deals read as they stand today — nothing dated after today has happened yet.
 *
 * <ul>
 *   <li>A deal whose moved engage date is after today has not been engaged yet: it is a prospect (stage
 *       {@code Prospecting}, no dates, no amount), as the dataset's own prospects are.</li>
 *   <li>A deal engaged by today whose moved close date is after today is still open: at the last open stage
 *       ({@code Engaging}), expected to close on that date, for its amount (a lost deal's zero close value is no
 *       amount: it is valued at its product's list price like any open deal without one).</li>
 * </ul>
 * Deals closed by today keep their outcome, so the demo has a real open pipeline for the rest of the period.
 */
final class DemoTimeline {

    static final String FIRST_OPEN_STAGE = "Prospecting";
    static final String LAST_OPEN_STAGE = "Engaging";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private DemoTimeline() {
    }

    /** The dataset's {@code sales_pipeline.csv}, moved by {@code months} and read as of {@code today}. */
    static String move(String pipelineCsv, int months, LocalDate today) {
        try (var parser = FORMAT.parse(new StringReader(pipelineCsv)); var out = new StringWriter();
             var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = parser.getHeaderNames();
            printer.printRecord(header);
            for (CSVRecord row : parser) {
                printer.printRecord(moved(row, header, months, today));
            }
            printer.flush();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> moved(CSVRecord row, List<String> header, int months, LocalDate today) {
        List<String> values = new ArrayList<>(row.toList());
        LocalDate engage = shifted(row.get("engage_date"), months);
        LocalDate close = shifted(row.get("close_date"), months);
        set(values, header, "engage_date", engage);
        set(values, header, "close_date", close);
        if (engage != null && engage.isAfter(today)) {
            values.set(header.indexOf("deal_stage"), FIRST_OPEN_STAGE);
            set(values, header, "engage_date", null);
            set(values, header, "close_date", null);
            values.set(header.indexOf("close_value"), "");
        } else if (close != null && close.isAfter(today)) {
            boolean won = "Won".equalsIgnoreCase(row.get("deal_stage").trim());
            values.set(header.indexOf("deal_stage"), LAST_OPEN_STAGE);
            if (!won) {
                values.set(header.indexOf("close_value"), "");
            }
        }
        return values;
    }

    private static @Nullable LocalDate shifted(@Nullable String text, int months) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim()).plusMonths(months);
    }

    private static void set(List<String> values, List<String> header, String column, @Nullable LocalDate date) {
        values.set(header.indexOf(column), date == null ? "" : date.toString());
    }
}
