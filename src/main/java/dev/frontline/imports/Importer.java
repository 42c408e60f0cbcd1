package dev.frontline.imports;

import dev.frontline.system.FiscalCalendar;
import dev.frontline.imports.MappingRequest.ColumnQuestion;
import dev.frontline.imports.MappingRequest.DateQuestion;
import dev.frontline.imports.MappingRequest.DefaultQuestion;
import dev.frontline.imports.MappingRequest.FieldQuestion;
import dev.frontline.imports.MappingRequest.OwnerQuestion;
import dev.frontline.imports.MappingRequest.StageQuestion;
import dev.frontline.imports.internal.ColumnMap;
import dev.frontline.imports.internal.CrmValidation;
import dev.frontline.imports.internal.CrmValidation.CrmDeal;
import dev.frontline.imports.internal.CrmValidation.OwnerTally;
import dev.frontline.imports.internal.CrmValidation.StageTally;
import dev.frontline.imports.internal.CrmHistory;
import dev.frontline.imports.internal.CsvTable;
import dev.frontline.imports.internal.DateColumns;
import dev.frontline.imports.internal.DateFormat;
import dev.frontline.imports.internal.DealField;
import dev.frontline.imports.internal.ImportLock;
import dev.frontline.imports.internal.Layout;
import dev.frontline.imports.internal.OwnerDirectory;
import dev.frontline.imports.internal.RosterMoves;
import dev.frontline.imports.internal.Validation;
import dev.frontline.imports.internal.Validation.Checked;
import dev.frontline.imports.internal.Validation.DealRow;
import dev.frontline.imports.internal.Validation.Known;
import dev.frontline.organization.Organization;
import dev.frontline.organization.RosterLine;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.organization.Usernames;
import dev.frontline.pipeline.AccountLine;
import dev.frontline.pipeline.HistoryLine;
import dev.frontline.pipeline.NewStage;
import dev.frontline.pipeline.OpportunityLine;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.pipeline.ProductLine;
import dev.frontline.pipeline.Products;
import dev.frontline.pipeline.Upserted;
import dev.frontline.results.Goals;
import dev.frontline.results.QuotaLine;
import dev.frontline.shared.RowOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Imports CSV files all-or-nothing: every file is recognised by its header and every row validated before anything
 * is written; if any row fails nothing is written and the report names file, row, column, value and reason.
 * Re-importing the same files changes nothing (upserts by the names and ids in the files). CRM opportunity exports
 * (Salesforce reports and data exports, HubSpot deals, or any file whose columns the admin maps) may first need the
 * admin to map their unknown stages, owners or columns: the import then answers {@code NEEDS_MAPPING}. A team file
 * that moves people already in Frontline waits for the admin's confirmation: {@code NEEDS_CONFIRMATION}. Imports run
 * one at a time ({@link ImportLock}), each checking and writing in one transaction.
 */
@Service
public class Importer {

    /** A file needs at least the columns for id, owner and stage to be mapped. */
    private static final int MAPPABLE_COLUMNS = 3;

    private final Organization organization;
    private final Pipeline pipeline;
    private final Goals goals;
    private final ImportLock lock;

    private final FiscalCalendar calendar;
    private final ImportMetrics metrics;

    private final java.time.Clock clock;

    Importer(Organization organization, Pipeline pipeline, Goals goals, ImportLock lock, FiscalCalendar calendar,
             ImportMetrics metrics, java.time.Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.metrics = metrics;
        this.organization = organization;
        this.pipeline = pipeline;
        this.goals = goals;
        this.lock = lock;
    }

    /**
     * Imports the files as one unit, without any mapping or confirmation: see
     * {@link #run(List, ImportMapping, ImportConfirmation, ImportOptions, ImportProgress)}.
     */
    public ImportReport run(List<ImportFile> files, ImportOptions options, ImportProgress progress) {
        return run(files, ImportMapping.none(), ImportConfirmation.none(), options, progress);
    }

    /**
     * Imports the files as one unit with the admin's mapping and no confirmation: see
     * {@link #run(List, ImportMapping, ImportConfirmation, ImportOptions, ImportProgress)}.
     */
    public ImportReport run(List<ImportFile> files, ImportMapping mapping, ImportOptions options,
                            ImportProgress progress) {
        return run(files, mapping, ImportConfirmation.none(), options, progress);
    }

    /**
     * Imports the files as one unit. Writes nothing and answers {@code NEEDS_MAPPING} when a file's header matches
     * no layout and the mapping gives no columns for it, or else when CRM files name stages Frontline does not know
     * or owners no person matches and the mapping has not answered stages, respectively owners. Otherwise answers
     * {@code REJECTED} with the errors (a stage or owner the mapping left out is one). Otherwise, when team files
     * move people already in Frontline ({@link Move}) and the confirmation does not cover exactly these moves, writes
     * nothing and answers {@code NEEDS_CONFIRMATION} with the moves and their fingerprint. Otherwise writes
     * everything, new stages and accounts included, in one transaction and answers {@code COMPLETED} with the moves
     * made. Imports run one at a time: one that starts while another runs waits for it and then checks the rows
     * against what it wrote.
     *
     * @throws IllegalArgumentException when there is no file, or the mapping itself is wrong: a file, field or
     *                                  column it names does not exist, or an owner is mapped to an unknown person
     */
    public ImportReport run(List<ImportFile> files, ImportMapping mapping, ImportConfirmation confirmation,
                            ImportOptions options, ImportProgress progress) {
        if (files.isEmpty()) {
            throw new dev.frontline.shared.Malformed("file", "No file to import: attach one or more CSV files");
        }
        requireMappedFilesPresent(files, mapping);
        List<Parsed> parsed = files.stream().map(f -> parse(f, mapping))
                .sorted(Comparator.comparingInt(Parsed::order)).toList();
        return metrics.record(() -> lock.exclusively(() -> progress.report("Waiting for another import to finish", 0, 0),
                () -> checkAndWrite(parsed, mapping, confirmation, options, progress)));
    }

    private ImportReport checkAndWrite(List<Parsed> parsed, ImportMapping mapping, ImportConfirmation confirmation,
                                       ImportOptions options, ImportProgress progress) {
        Known known = known(parsed);
        Rules rules = rules(parsed, known, mapping);
        if (parsed.stream().noneMatch(Parsed::unreadable)) {
            MappingRequest request = questions(parsed, known, rules, mapping);
            if (request != null) {
                return new ImportReport(ImportReport.Status.NEEDS_MAPPING, parsed.stream()
                        .map(p -> p.report(List.of(), List.of(), 0)).toList(), request);
            }
        }
        QuotaReps quotaReps = quotaReps(parsed);
        long total = parsed.stream().mapToLong(Parsed::rowCount).sum();
        long[] done = {0};
        List<Validated> validated = new ArrayList<>();
        for (Parsed p : parsed) {
            progress.report("Checking " + p.name(), done[0], total);
            validated.add(validate(p, known, rules, options, quotaReps, clock.getZone()));
            done[0] += p.rowCount();
        }
        progress.report("Checked", total, total);
        int errors = 0;
        int warnings = 0;
        List<FileReport> reports = new ArrayList<>();
        for (Validated v : validated) {
            List<RowError> capped = v.errors().subList(0, Math.min(v.errors().size(),
                    Math.max(0, ImportReport.MAX_ERRORS - errors)));
            List<RowError> cappedWarnings = v.warnings().subList(0, Math.min(v.warnings().size(),
                    Math.max(0, ImportReport.MAX_ERRORS - warnings)));
            errors += v.errors().size();
            warnings += v.warnings().size();
            reports.add(v.parsed().report(capped, cappedWarnings, v.warnings().size()));
        }
        if (errors > 0) {
            return new ImportReport(ImportReport.Status.REJECTED, reports);
        }
        List<Move> moves = moves(validated);
        @Nullable String fingerprint = moves.isEmpty() ? null : RosterMoves.fingerprint(moves);
        if (fingerprint != null && !confirmation.covers(fingerprint)) {
            return new ImportReport(ImportReport.Status.NEEDS_CONFIRMATION, reports, null, moves, fingerprint);
        }
        List<NewStage> stages = newStages(validated, known, mapping);
        List<FileReport> written = write(validated, reports, stages, mapping, progress, total);
        return new ImportReport(ImportReport.Status.COMPLETED, written, null, moves, null);
    }

    /** Who and what the batch's team files move, against the organisation as it is now. */
    private List<Move> moves(List<Validated> files) {
        List<RosterLine> roster = files.stream().filter(v -> v.parsed().layout() == Layout.TEAMS)
                .flatMap(v -> v.lines(RosterLine.class).stream()).toList();
        return roster.isEmpty() ? List.of()
                : RosterMoves.of(organization.allRegions(), organization.allTeams(), organization.everyone(), roster);
    }

    private List<FileReport> write(List<Validated> files, List<FileReport> checked, List<NewStage> stages,
                                   ImportMapping mapping, ImportProgress progress, long total) {
        pipeline.defineStages(stages);
        long done = 0;
        List<FileReport> reports = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Validated v = files.get(i);
            progress.report("Writing " + v.parsed().name(), done, total);
            Upserted written = switch (v.parsed().layout()) {
                case TEAMS -> tally(organization.applyRoster(v.lines(RosterLine.class)));
                case PRODUCTS -> pipeline.upsertProducts(v.lines(ProductLine.class));
                case ACCOUNTS -> pipeline.upsertAccounts(v.lines(AccountLine.class));
                case PIPELINE -> writeDeals(v.lines(DealRow.class));
                case SALESFORCE_REPORT, SALESFORCE_EXPORT, HUBSPOT_DEALS, MAPPED ->
                        writeCrmDeals(v.lines(CrmDeal.class), mapping);
                case SALESFORCE_HISTORY -> history(v.lines(HistoryLine.class));
                case QUOTAS -> tally(goals.importQuotas(v.lines(QuotaLine.class)));
            };
            done += v.parsed().rowCount();
            reports.add(checked.get(i).written(written.created(), written.updated(), written.unchanged()));
        }
        progress.report("Done", total, total);
        return reports;
    }

    /** Deals are written all at once (the pipeline copies them into a staging table and upserts them in one go). */
    private Upserted writeDeals(List<DealRow> rows) {
        Map<String, Long> people = organization.personIdsByName();
        return pipeline.upsertOpportunities(rows.stream().map(r -> new OpportunityLine(r.externalId(),
                people.get(r.rep().toLowerCase(Locale.ROOT)), r.product(), r.account(), r.stage(), null, r.amount(),
                r.engageDate(), r.closeDate())).toList());
    }

    private Upserted writeCrmDeals(List<CrmDeal> rows, ImportMapping mapping) {
        OwnerDirectory known = new OwnerDirectory(organization.everyone());
        Map<String, String> created = new LinkedHashMap<>();
        rows.stream().map(CrmDeal::owner).filter(o -> mapping.personFor(o) == null && known.find(o).isEmpty())
                .forEach(o -> created.putIfAbsent(o.trim().toLowerCase(Locale.ROOT), o.trim().replaceAll("\\s+", " ")));
        created.values().forEach(o -> organization.addRep(o, Objects.requireNonNull(mapping.newRepTeam(o), o)));
        OwnerDirectory people = new OwnerDirectory(organization.everyone());
        pipeline.ensureAccounts(rows.stream().map(CrmDeal::account).filter(Objects::nonNull).distinct().toList());
        Upserted written = pipeline.upsertOpportunities(rows.stream().map(r -> new OpportunityLine(r.externalId(),
                ownerId(people, mapping, r.owner()), r.product(), r.account(), r.stage(), r.name(), r.amount(), null,
                r.closeDate(), r.createdDate())).toList());
        List<HistoryLine> history = rows.stream().flatMap(r -> r.history().stream()).toList();
        if (!history.isEmpty()) {
            pipeline.recordCrmHistory(history);
        }
        return written;
    }

    /** A CRM's history: the changes added count as created rows; those already kept, as unchanged. */
    private Upserted history(List<HistoryLine> lines) {
        int added = pipeline.recordCrmHistory(lines);
        return new Upserted(added, 0, lines.size() - added);
    }

    private static long ownerId(OwnerDirectory people, ImportMapping mapping, String owner) {
        String person = mapping.personFor(owner);
        return people.find(person == null ? owner : person)
                .orElseThrow(() -> new IllegalStateException("Owner '" + owner + "' was checked but is not found"));
    }

    private static Upserted tally(List<RowOutcome> outcomes) {
        return new Upserted(count(outcomes, RowOutcome.CREATED), count(outcomes, RowOutcome.UPDATED),
                count(outcomes, RowOutcome.UNCHANGED));
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
                    default -> { }
                }
            }
        }
        return new Known(people, products, accounts, pipeline.stageOutcomes());
    }

    /** How CRM rows resolve stages and owners: what Frontline and the batch know, then the admin's mapping. */
    private Rules rules(List<Parsed> files, Known known, ImportMapping mapping) {
        OwnerDirectory people = new OwnerDirectory(organization.everyone());
        files.stream().filter(p -> p.layout() == Layout.TEAMS).flatMap(p -> p.table().rows().stream())
                .flatMap(row -> Stream.of(row.get("sales_agent"), row.get("manager")))
                .filter(n -> !n.isBlank()).forEach(people::addUnsaved);
        if (mapping.owners() != null) {
            mapping.owners().forEach((owner, person) -> {
                if (person != null && !person.isBlank() && people.find(person).isEmpty()) {
                    throw new dev.frontline.shared.Malformed("mapping", "The owner mapping maps '" + owner + "' to '" + person
                            + "', who is not a known person (give a username such as cara.losch)");
                }
            });
        }
        Rules rules = new Rules(stage -> {
            Outcome outcome = known.stages().get(stage.toLowerCase(Locale.ROOT));
            return outcome == null ? mapping.outcomeOf(stage) : outcome;
        }, owner -> mapping.answersOwner(owner) || people.find(owner).isPresent(), mapping.defaults());
        checkDefaults(mapping, people, known, rules);
        return rules;
    }

    /** The mapping's defaults and new reps name people, products, stages and teams that exist. */
    private void checkDefaults(ImportMapping mapping, OwnerDirectory people, Known known, Rules rules) {
        String owner = mapping.defaultOf("owner");
        if (owner != null && people.find(owner).isEmpty()) {
            throw new dev.frontline.shared.InvalidInput("mapping.defaults.owner", "The default owner '" + owner
                    + "' is not a known person (give a username such as cara.losch)");
        }
        String product = mapping.defaultOf("product");
        if (product != null && !known.productKeys().contains(Products.matchKey(product))) {
            throw new dev.frontline.shared.InvalidInput("mapping.defaults.product", "The default product '" + product
                    + "' is not a known product");
        }
        String stage = mapping.defaultOf("stage");
        if (stage != null && rules.outcomes().apply(stage) == null) {
            throw new dev.frontline.shared.InvalidInput("mapping.defaults.stage", "The default stage '" + stage
                    + "' is not a known stage (known: " + String.join(", ", known.stages().keySet()) + ")");
        }
        if (!mapping.newReps().isEmpty()) {
            Set<Long> teams = new HashSet<>(organization.allTeams().stream().map(TeamSummary::id).toList());
            mapping.newReps().forEach((name, team) -> {
                if (!teams.contains(team)) {
                    throw new dev.frontline.shared.InvalidInput("mapping.owners", "The owner '" + name
                            + "' is to be created in team " + team + ", which does not exist");
                }
                if (Usernames.split(name)[0].isBlank()) {
                    throw new dev.frontline.shared.InvalidInput("mapping.owners", "The owner '" + name
                            + "' has no name to create a rep with");
                }
            });
        }
    }

    private static @Nullable MappingRequest questions(List<Parsed> files, Known known, Rules rules,
                                                      ImportMapping mapping) {
        List<ColumnQuestion> columns = files.stream().filter(Parsed::mappable).map(Importer::columnQuestion).toList();
        if (!columns.isEmpty()) {
            return new MappingRequest(List.of(), List.of(), columns);
        }
        Set<String> stagesWithOutcome = new HashSet<>(known.stages().keySet());
        if (mapping.stages() != null) {
            stagesWithOutcome.addAll(mapping.stages().keySet());
        }
        Map<String, StageTally> stages = new LinkedHashMap<>();
        Map<String, OwnerTally> owners = new LinkedHashMap<>();
        files.stream().filter(p -> p.columns() != null).forEach(p -> CrmValidation.tally(p.table(), p.columns(),
                stagesWithOutcome, rules.ownerKnown(), stages, owners));
        List<DefaultQuestion> defaults = defaultQuestions(files, mapping);
        List<DateQuestion> dates = files.stream().flatMap(p -> p.dates().ambiguous().stream()
                .map(c -> new DateQuestion(p.name(), p.table().label(c.column()),
                        c.candidates().stream().map(DateFormat::label).toList(), c.examples()))).toList();
        boolean ask = (!stages.isEmpty() && !mapping.answersStages())
                || (!owners.isEmpty() && !mapping.answersOwners())
                || defaults.stream().anyMatch(DefaultQuestion::required) || !dates.isEmpty();
        return !ask ? null : new MappingRequest(
                stages.values().stream().map(s -> new StageQuestion(s.name(),
                        s.suggestion().name().toLowerCase(Locale.ROOT), s.rows())).toList(),
                owners.values().stream().map(o -> new OwnerQuestion(o.value(), o.rows())).toList(),
                List.of(), defaults, dates);
    }

    /**
     * The defaultable fields that CRM files have no column for and the mapping gives no default: an owner or a stage
     * is required (asked), a product is offered.
     */
    private static List<DefaultQuestion> defaultQuestions(List<Parsed> files, ImportMapping mapping) {
        List<DefaultQuestion> questions = new ArrayList<>();
        for (DealField field : List.of(DealField.OWNER, DealField.STAGE, DealField.PRODUCT)) {
            if (mapping.defaultOf(field.key()) != null) {
                continue;
            }
            List<String> without = files.stream().filter(p -> p.columns() != null && p.columns().column(field) == null)
                    .map(Parsed::name).toList();
            if (!without.isEmpty()) {
                questions.add(new DefaultQuestion(field.key(), field.label(), without, field != DealField.PRODUCT));
            }
        }
        return questions;
    }

    private static ColumnQuestion columnQuestion(Parsed file) {
        CsvTable table = file.table();
        Map<DealField, String> guess = ColumnMap.suggest(table.header());
        return new ColumnQuestion(file.name(), table.labels(), Stream.of(DealField.values())
                .map(f -> new FieldQuestion(f.key(), f.label(), f.required(),
                        guess.containsKey(f) ? table.label(guess.get(f)) : null))
                .toList());
    }

    /** The stages the checked CRM rows name that Frontline does not know, with the outcome the admin gave them. */
    private static List<NewStage> newStages(List<Validated> files, Known known, ImportMapping mapping) {
        Map<String, NewStage> stages = new LinkedHashMap<>();
        files.stream().filter(v -> v.parsed().layout().crm()).flatMap(v -> v.lines(CrmDeal.class).stream())
                .map(CrmDeal::stage)
                .filter(s -> !known.stages().containsKey(s.toLowerCase(Locale.ROOT)))
                .forEach(s -> stages.putIfAbsent(s.toLowerCase(Locale.ROOT),
                        new NewStage(s, Objects.requireNonNull(mapping.outcomeOf(s), s))));
        return List.copyOf(stages.values());
    }

    /** The reps a quota file may name (usernames, lower case, including reps the batch's team files add). */
    private record QuotaReps(Set<String> usernames, int fiscalFirstMonth) {
    }

    private QuotaReps quotaReps(List<Parsed> files) {
        if (files.stream().noneMatch(p -> p.layout() == Layout.QUOTAS)) {
            return new QuotaReps(Set.of(), 1);
        }
        Set<String> reps = new HashSet<>();
        organization.everyone().stream().filter(m -> m.title() == Title.REP)
                .forEach(m -> reps.add(m.username().toLowerCase(Locale.ROOT)));
        files.stream().filter(p -> p.layout() == Layout.TEAMS).flatMap(p -> p.table().rows().stream())
                .map(row -> row.get("sales_agent")).filter(n -> !n.isBlank())
                .forEach(n -> reps.add(Usernames.ofFullName(n)));
        return new QuotaReps(reps, calendar.firstMonth());
    }

    private static Validated validate(Parsed p, Known known, Rules rules, ImportOptions options, QuotaReps quotaReps,
                                      java.time.ZoneId zone) {
        if (p.problem() != null) {
            return new Validated(p, List.of(), List.of(RowError.file(p.problem())), List.of());
        }
        Checked<?> checked = switch (p.layout()) {
            case TEAMS -> Validation.teams(p.table());
            case PRODUCTS -> Validation.products(p.table());
            case ACCOUNTS -> Validation.accounts(p.table());
            case PIPELINE -> Validation.pipeline(p.table(), known, options.shiftMonths());
            case SALESFORCE_REPORT, SALESFORCE_EXPORT, HUBSPOT_DEALS, MAPPED -> CrmValidation.deals(p.table(),
                    p.layout(), Objects.requireNonNull(p.columns()), p.dates(), rules.outcomes(), rules.ownerKnown(),
                    known.productKeys(), rules.defaults(), zone);
            case SALESFORCE_HISTORY -> CrmHistory.salesforce(p.table(), p.dates(), zone);
            case QUOTAS -> Validation.quotas(p.table(), quotaReps.usernames(), quotaReps.fiscalFirstMonth());
        };
        return new Validated(p, checked.lines(), checked.errors(), checked.warnings());
    }

    private static void requireMappedFilesPresent(List<ImportFile> files, ImportMapping mapping) {
        Set<String> names = new HashSet<>(files.stream().map(ImportFile::name).toList());
        Stream.concat(mapping.columns().keySet().stream(), mapping.dateFormats().keySet().stream())
                .filter(n -> !names.contains(n)).findFirst().ifPresent(n -> {
                    throw new dev.frontline.shared.Malformed("mapping", "The mapping names the file '" + n
                            + "', which is not among the files (" + String.join(", ", names) + ")");
                });
    }

    private static Parsed parse(ImportFile file, ImportMapping mapping) {
        CsvTable table;
        try {
            table = CsvTable.read(file);
        } catch (CsvTable.Unreadable e) {
            return new Parsed(file.name(), null, null, null, DateColumns.none(), e.getMessage(), false);
        }
        Layout layout = Layout.recognise(table.header()).orElse(null);
        if (layout == Layout.SALESFORCE_REPORT) {
            table = table.withoutFooter();
        }
        if (layout == Layout.SALESFORCE_HISTORY) {
            List<String> dateColumns = Stream.of("createddate", "closedate").filter(table.header()::contains).toList();
            return new Parsed(file.name(), table, layout, null,
                    DateColumns.detect(table, dateColumns, dateAnswers(file.name(), table, dateColumns, mapping)),
                    null, false);
        }
        if (layout != null && !layout.crm()) {
            return new Parsed(file.name(), table, layout, null, DateColumns.none(), null, false);
        }
        Map<String, String> columns = mapping.columnsOf(file.name());
        if (layout != null || columns != null) {
            ColumnMap map = layout != null ? ColumnMap.of(layout, table.header())
                    : ColumnMap.mapped(table, columns, mapping.defaults().keySet());
            List<String> dateColumns = new ArrayList<>(CrmValidation.dateColumns(map));
            if (layout == Layout.HUBSPOT_DEALS) {
                dateColumns.addAll(CrmHistory.hubspotStageColumns(table).keySet());
            }
            return new Parsed(file.name(), table, layout != null ? layout : Layout.MAPPED, map,
                    DateColumns.detect(table, dateColumns, dateAnswers(file.name(), table, dateColumns, mapping)),
                    null, false);
        }
        String problem = "The header row (" + String.join(", ", table.header())
                + ") matches no known file layout. Known layouts: " + Layout.describeAll();
        return new Parsed(file.name(), table, null, null, DateColumns.none(), problem,
                table.header().size() >= MAPPABLE_COLUMNS);
    }

    /** The admin's date formats for a file's date columns: known formats, of columns that hold dates. */
    private static Map<String, DateFormat> dateAnswers(String file, CsvTable table, List<String> dateColumns,
                                                       ImportMapping mapping) {
        Map<String, DateFormat> answers = new LinkedHashMap<>();
        mapping.dateFormatsOf(file).forEach((column, label) -> {
            String field = "mapping.dateFormats." + file + "." + column;
            if (!dateColumns.contains(column)) {
                throw new dev.frontline.shared.InvalidInput(field, "'" + column + "' is not a date column of " + file
                        + (dateColumns.isEmpty() ? "" : " (its date columns: " + dateColumns.stream()
                        .map(table::label).collect(java.util.stream.Collectors.joining(", ")) + ")"));
            }
            answers.put(column, DateFormat.ofLabel(label).orElseThrow(() -> new dev.frontline.shared.InvalidInput(
                    field, "'" + label + "' is not a date format Frontline reads (known: " + Stream.of(
                    DateFormat.values()).map(DateFormat::label).collect(java.util.stream.Collectors.joining(", "))
                    + ")")));
        });
        return answers;
    }

    /** How a CRM row's stage finds its outcome and whether its owner finds a person. */
    private record Rules(Function<String, @Nullable Outcome> outcomes, Predicate<String> ownerKnown,
                         Map<String, String> defaults) {
    }

    /**
     * A file read: its table and layout, or the problem that stops it.
     *
     * @param columns  where a CRM file holds each field
     * @param mappable whether the admin may map its columns: its header matches no layout but has enough columns
     */
    private record Parsed(String name, @Nullable CsvTable table, @Nullable Layout layout,
                          @Nullable ColumnMap columns, DateColumns dates, @Nullable String problem,
                          boolean mappable) {

        /** The file's report before anything is written: what was read, and how. */
        FileReport report(List<RowError> errors, List<RowError> warnings, int warningCount) {
            Map<String, String> formats = new LinkedHashMap<>();
            if (table != null) {
                dates.columns().forEach(c -> {
                    if (c.format() != null) {
                        formats.put(table.label(c.column()), c.format().label() + " (" + c.how() + ")");
                    }
                });
            }
            return new FileReport(name, kind(), rowCount(), 0, 0, 0, errors, warnings, warningCount,
                    table == null ? null : table.encoding(),
                    table == null ? null : CsvTable.separatorName(table.separator()), formats);
        }

        int order() {
            return layout == null ? -1 : layout.ordinal();
        }

        int rowCount() {
            return table == null ? 0 : table.rows().size();
        }

        boolean unreadable() {
            return problem != null && !mappable;
        }

        String kind() {
            return layout == null ? "UNKNOWN" : layout.name();
        }
    }

    private record Validated(Parsed parsed, List<?> lines, List<RowError> errors, List<RowError> warnings) {

        String kind() {
            return parsed.kind();
        }

        @SuppressWarnings("unchecked")
        <T> List<T> lines(Class<T> type) {
            return (List<T>) lines;
        }
    }

}
