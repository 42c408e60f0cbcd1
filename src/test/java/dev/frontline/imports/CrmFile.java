package dev.frontline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A CRM test file from {@code src/test/resources/imports/}, read with a plain CSV parser so that tests compute
 * expected figures without the importer: its data rows (rows with a single cell, a report's footer, left out).
 */
record CrmFile(String name, byte[] bytes, List<Map<String, String>> rows) {

    static CrmFile load(String name) {
        try (InputStream in = CrmFile.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file " + name);
            }
            return of(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CrmFile of(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (record.size() > 1) {
                    rows.add(record.toMap());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CrmFile(name, bytes, rows);
    }

    /** The same file with one text replaced, as a user might have edited it. */
    CrmFile replace(String text, String with) {
        String content = new String(bytes, StandardCharsets.UTF_8);
        if (!content.contains(text)) {
            throw new IllegalArgumentException(name + " does not contain " + text);
        }
        return of(name, content.replace(text, with).getBytes(StandardCharsets.UTF_8));
    }

    MockMultipartFile part() {
        return new MockMultipartFile("file", name, "text/csv", bytes);
    }

    long count(Predicate<Map<String, String>> which) {
        return rows.stream().filter(which).count();
    }

    /** The sum of a money column over some rows: "$1,234.50" is 1234.50, blank is nothing. */
    BigDecimal sum(String column, Predicate<Map<String, String>> which) {
        return rows.stream().filter(which).map(r -> r.get(column).replace("$", "").replace(",", ""))
                .filter(v -> !v.isBlank()).map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Predicate<Map<String, String>> where(String column, Function<String, Boolean> test) {
        return row -> test.apply(row.get(column));
    }
}
