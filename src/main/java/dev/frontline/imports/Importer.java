package dev.frontline.imports;

import dev.frontline.imports.internal.CsvTable;
import dev.frontline.imports.internal.Layout;
import dev.frontline.imports.internal.Validation;
import dev.frontline.imports.internal.Validation.Checked;
import dev.frontline.imports.internal.Validation.DealRow;
import dev.frontline.imports.internal.Validation.Known;
import dev.frontline.organization.Organization;
import dev.frontline.organization.RosterLine;
import dev.frontline.pipeline.AccountLine;
import dev.frontline.pipeline.OpportunityLine;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.pipeline.ProductLine;
import dev.frontline.pipeline.Products;
import dev.frontline.shared.RowOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports CSV files all-or-nothing: every file is recognised by its header and every row validated before anything
 * is written; if any row fails nothing is written and the report names file, row, column, value and reason.
 * Re-importing the same files changes nothing (upserts by the names and ids in the files).
 */
@Service
public class Importer {

    private static final int CHUNK = 1000;

    private final Organization organization;
    private final Pipeline pipeline;
    private final TransactionTemplate transactions;

    Importer(Organization organization, Pipeline pipeline, TransactionTemplate transactions) {
        this.organization = organization;
        this.pipeline = pipeline;
        this.transactions = transactions;
    }

    /** Imports the files as one unit. */
    public ImportReport run(List<ImportFile> files, ImportOptions options, ImportProgress progress) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No file to import: attach one or more CSV files");
        }
        List<Parsed> parsed = files.stream().map(Importer::parse)
                .sorted(Comparator.comparingInt(Parsed::order)).toList();
        Known known = known(parsed);
        long total = parsed.stream().mapToLong(Parsed::rowCount).sum();
        long[] done = {0};
        List<Validated> validated = new ArrayList<>();
        for (Parsed p : parsed) {
            progress.report("Checking " + p.name(), done[0], total);
            validated.add(validate(p, known, options));
            done[0] += p.rowCount();
        }
        progress.report("Checked", total, total);
        int errors = 0;
        List<FileReport> reports = new ArrayList<>();
        for (Validated v : validated) {
            List<RowError> capped = v.errors().subList(0, Math.min(v.errors().size(),
                    Math.max(0, ImportReport.MAX_ERRORS - errors)));
            errors += v.errors().size();
            reports.add(new FileReport(v.parsed().name(), v.kind(), v.parsed().rowCount(), 0, 0, 0, List.copyOf(capped)));
        }
        if (errors > 0) {
            return new ImportReport(ImportReport.Status.REJECTED, reports);
        }
        List<FileReport> written = transactions.execute(tx -> write(validated, progress, total));
        return new ImportReport(ImportReport.Status.COMPLETED, written);
    }

    private List<FileReport> write(List<Validated> files, ImportProgress progress, long total) {
        long done = 0;
        List<FileReport> reports = new ArrayList<>();
        for (Validated v : files) {
            progress.report("Writing " + v.parsed().name(), done, total);
            List<RowOutcome> outcomes = switch (v.parsed().layout()) {
                case TEAMS -> organization.applyRoster(v.lines(RosterLine.class));
                case PRODUCTS -> pipeline.upsertProducts(v.lines(ProductLine.class));
                case ACCOUNTS -> pipeline.upsertAccounts(v.lines(AccountLine.class));
                case PIPELINE -> writeDeals(v.lines(DealRow.class), v.parsed().name(), progress, done, total);
            };
            done += v.parsed().rowCount();
            reports.add(new FileReport(v.parsed().name(), v.kind(), v.parsed().rowCount(),
                    count(outcomes, RowOutcome.CREATED), count(outcomes, RowOutcome.UPDATED),
                    count(outcomes, RowOutcome.UNCHANGED), List.of()));
        }
        progress.report("Done", total, total);
        return reports;
    }

    private List<RowOutcome> writeDeals(List<DealRow> rows, String name, ImportProgress progress, long before,
                                        long total) {
        Map<String, Long> people = organization.personIdsByName();
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            progress.report("Writing " + name, before + from, total);
            List<OpportunityLine> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK)).stream()
                    .map(r -> new OpportunityLine(r.externalId(), people.get(r.rep().toLowerCase(Locale.ROOT)),
                            r.product(), r.account(), r.stage(), null, r.amount(), r.engageDate(), r.closeDate()))
                    .toList();
            outcomes.addAll(pipeline.upsertOpportunities(chunk));
        }
        return outcomes;
    }

    private static int count(List<RowOutcome> outcomes, RowOutcome which) {
        return (int) outcomes.stream().filter(o -> o == which).count();
    }

    private Known known(List<Parsed> files) {
        Set<String> people = new HashSet<>(organization.personIdsByName().keySet());
        Set<String> products = pipeline.knownProductKeys();
        Set<String> accounts = pipeline.knownAccountNames();
        for (Parsed p : files) {
            if (p.table() == null || p.layout() == null) {
                continue;
            }
            for (CsvTable.Row row : p.table().rows()) {
                switch (p.layout()) {
                    case TEAMS -> people.add(row.get("sales_agent").toLowerCase(Locale.ROOT));
                    case PRODUCTS -> products.add(Products.matchKey(row.get("product")));
                    case ACCOUNTS -> accounts.add(row.get("account").toLowerCase(Locale.ROOT));
                    case PIPELINE -> { }
                }
            }
        }
        return new Known(people, products, accounts, pipeline.stageOutcomes());
    }

    private static Validated validate(Parsed p, Known known, ImportOptions options) {
        if (p.problem() != null) {
            return new Validated(p, List.of(), List.of(RowError.file(p.problem())));
        }
        Checked<?> checked = switch (p.layout()) {
            case TEAMS -> Validation.teams(p.table());
            case PRODUCTS -> Validation.products(p.table());
            case ACCOUNTS -> Validation.accounts(p.table());
            case PIPELINE -> Validation.pipeline(p.table(), known, options.shiftMonths());
        };
        return new Validated(p, checked.lines(), checked.errors());
    }

    private static Parsed parse(ImportFile file) {
        try {
            CsvTable table = CsvTable.read(file);
            return Layout.recognise(table.header())
                    .map(layout -> new Parsed(file.name(), table, layout, null))
                    .orElseGet(() -> new Parsed(file.name(), table, null,
                            "The header row (" + String.join(", ", table.header())
                                    + ") matches no known file layout. Known layouts: " + Layout.describeAll()));
        } catch (CsvTable.Unreadable e) {
            return new Parsed(file.name(), null, null, e.getMessage());
        }
    }

    private record Parsed(String name, CsvTable table, Layout layout, String problem) {

        int order() {
            return layout == null ? -1 : layout.ordinal();
        }

        int rowCount() {
            return table == null ? 0 : table.rows().size();
        }
    }

    private record Validated(Parsed parsed, List<?> lines, List<RowError> errors) {

        String kind() {
            return parsed.layout() == null ? "UNKNOWN" : parsed.layout().name();
        }

        @SuppressWarnings("unchecked")
        <T> List<T> lines(Class<T> type) {
            return (List<T>) lines;
        }
    }

}
