package dev.frontline.pipeline;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.internal.DealEditStore;
import dev.frontline.pipeline.internal.DealListStore;
import dev.frontline.pipeline.internal.HistoryStore;
import dev.frontline.pipeline.internal.MovementStore;
import dev.frontline.pipeline.internal.PipelineStore;
import dev.frontline.shared.DataChanged;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import dev.frontline.shared.StaleVersion;
import dev.frontline.system.FiscalCalendar;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pipeline's facade: deals in scope, the figures behind the home pages, and upserts for imports. */
@Service
@Transactional(readOnly = true)
public class Pipeline {

    private final PipelineStore store;
    private final DealListStore lists;
    private final HistoryStore history;
    private final DealEditStore edits;
    private final Organization organization;
    private final ObjectProvider<DealCategories> categories;
    private final FiscalCalendar calendar;
    private final ApplicationEventPublisher events;
    private final PipelineSettings settings;
    private final MovementStore movements;

    Pipeline(PipelineStore store, DealListStore lists, HistoryStore history, DealEditStore edits,
             Organization organization, ObjectProvider<DealCategories> categories, FiscalCalendar calendar,
             ApplicationEventPublisher events, PipelineSettings settings, MovementStore movements) {
        this.settings = settings;
        this.movements = movements;
        this.store = store;
        this.lists = lists;
        this.history = history;
        this.edits = edits;
        this.organization = organization;
        this.categories = categories;
        this.calendar = calendar;
        this.events = events;
    }

    /** The stages in pipeline order. */
    public List<Stage> stages() {
        return store.stages();
    }

    /**
     * A page of deals in scope as they stand on the viewer's today (see {@link Deal}), newest close first (open deals
     * without a close date before closed ones), with the exact number of deals the filter matches.
     *
     * @throws InvalidInput naming {@code stage} when the filter names a stage that does not exist
     */
    public Page<Deal> deals(Scope scope, DealFilter filter, Pageable page) {
        return deals(scope, filter, DealSort.DEFAULT, page);
    }

    /**
     * A page of deals in scope in the given order, with the exact number of deals the filter matches (a count over
     * all of them: {@link #dealSlice} and {@link #countDeals} are cheaper for large lists).
     *
     * @throws InvalidInput naming {@code stage} when the filter names a stage that does not exist
     */
    public Page<Deal> deals(Scope scope, DealFilter filter, DealSort sort, Pageable page) {
        DealListStore.Where where = where(scope, filter);
        List<Deal> content = lists.page(where, sort, page.getOffset(), page.getPageSize());
        return new PageImpl<>(content, page, lists.count(where));
    }

    /**
     * A page of deals in scope in the given order, and whether another page follows; it reads about as many rows as
     * it returns, however many deals the filter matches.
     */
    public Slice<Deal> dealSlice(Scope scope, DealFilter filter, DealSort sort, Pageable page) {
        List<Deal> content = lists.page(where(scope, filter), sort, page.getOffset(), page.getPageSize() + 1);
        boolean more = content.size() > page.getPageSize();
        return new SliceImpl<>(more ? content.subList(0, page.getPageSize()) : content, page, more);
    }

    /**
     * How many deals in scope the filter matches, counted up to {@code upTo}: more answer {@code upTo + 1}, so that
     * a page can say "more than 10,000" without counting a hundred times that.
     */
    public long countDeals(Scope scope, DealFilter filter, long upTo) {
        return lists.count(where(scope, filter), upTo);
    }

    /** Every deal in scope the filter matches, in the given order, handed to the consumer one by one (exports). */
    public void eachDeal(Scope scope, DealFilter filter, DealSort sort, Consumer<Deal> consumer) {
        lists.each(where(scope, filter), sort, consumer);
    }

    private DealListStore.Where where(Scope scope, DealFilter filter) {
        String stage = filter.stage();
        if (stage != null && stages().stream().noneMatch(s -> s.name().equalsIgnoreCase(stage.trim()))) {
            throw new InvalidInput("stage", "'" + stage + "' is not a stage; stages are "
                    + stages().stream().map(Stage::name).collect(Collectors.joining(", ")));
        }
        boolean allOwners = scope.all() && filter.ownerIds() == null;
        return lists.where(allOwners, owners(scope, filter.ownerIds()), filter, calendar.today(scope),
                calendar.zone(scope.viewer()), settings.staleAfterDaysByPerson());
    }

    private static Set<Long> owners(Scope scope, Collection<Long> requested) {
        if (requested == null) {
            return scope.dealOwnerIds();
        }
        return scope.visibleOwners(requested);
    }

    /** One deal in scope; 404 outside scope. */
    public Deal deal(Scope scope, long id) {
        return lists.deal(id, calendar.today(scope), calendar.zone(scope.viewer()), settings.staleAfterDaysByPerson())
                .filter(d -> scope.seesDealsOf(d.ownerId()))
                .orElseThrow(() -> new NotFoundException("opportunity", id));
    }

    /** Everything known of one deal in scope, its account and product included; 404 outside scope. */
    public DealDetails dealDetails(Scope scope, long id) {
        return lists.details(id, calendar.today(scope), calendar.zone(scope.viewer()),
                        settings.staleAfterDaysByPerson()).filter(d -> scope.seesDealsOf(d.deal().ownerId()))
                .orElseThrow(() -> new NotFoundException("opportunity", id));
    }

    /**
     * Each visible owner's figures as of the viewer's today: deals won and lost with a close date in [from, to] and
     * not after today, and their open pipeline now (deals dated to close after today included). Owners outside the
     * scope are left out; owners without deals get zeros.
     */
    public Map<Long, RepNumbers> numbers(Scope scope, Collection<Long> ownerIds, LocalDate from, LocalDate to) {
        Set<Long> owners = scope.visibleOwners(ownerIds);
        Map<Long, RepNumbers> byOwner = store.numbers(owners, from, to, calendar.today(scope)).stream()
                .collect(Collectors.toMap(RepNumbers::ownerId, Function.identity()));
        owners.forEach(id -> byOwner.putIfAbsent(id, RepNumbers.empty(id)));
        return byOwner;
    }

    /**
     * Every deal of the visible owners among those given, as facts for results and forecasts, as they stand on the
     * viewer's today: what the data dates after today has not happened yet (a close dated later is still open, a
     * deal created later is not there).
     */
    public List<DealFact> facts(Scope scope, Collection<Long> ownerIds) {
        return store.facts(scope.visibleOwners(ownerIds), calendar.today(scope));
    }

    /**
     * The stage timelines of the visible owners' deals that have a recorded stage change, by deal id, as known at the
     * end of the viewer's today (see {@link StageTimeline}: the stage at any day and since when): one statement
     * however many deals. Deals without stage history are absent.
     */
    public Map<Long, StageTimeline> stageTimelines(Scope scope, Collection<Long> ownerIds) {
        Set<Long> owners = scope.visibleOwners(ownerIds);
        Map<Long, String> initial = new java.util.LinkedHashMap<>();
        Map<Long, List<StageTimeline.Change>> changes = new java.util.HashMap<>();
        for (HistoryStore.StageChange c : history.stageChanges(owners, calendar.today(scope),
                calendar.zone(scope.viewer()))) {
            initial.putIfAbsent(c.opportunityId(), c.oldStage() != null ? c.oldStage() : c.newStage());
            changes.computeIfAbsent(c.opportunityId(), k -> new java.util.ArrayList<>())
                    .add(new StageTimeline.Change(c.on(), c.newStage()));
        }
        Map<Long, StageTimeline> out = new java.util.LinkedHashMap<>();
        initial.forEach((id, first) -> out.put(id, new StageTimeline(first, changes.get(id))));
        return out;
    }

    /**
     * The deals of the visible owners among those given that count for the days [from, to], as they stand on the
     * viewer's today ({@link #facts(Scope, Collection)}): those closed inside the days, created inside them, or open
     * today. Every figure of a period (won, lost, open and due pipeline, created, funnel, breakdowns) is computed from
     * these alone; the sales cycle that dates open deals is over every won deal ({@link #medianCycles}).
     */
    public List<DealFact> facts(Scope scope, Collection<Long> ownerIds, LocalDate from, LocalDate to) {
        Set<Long> owners = scope.visibleOwners(ownerIds);
        return owners.isEmpty() ? List.of() : store.facts(owners, from, to, calendar.today(scope));
    }

    /**
     * The median sales cycle (days from engage to close of every deal won by the viewer's today, half days rounded as
     * results round) of each group of visible owners, and of all of them together: one query however many groups.
     *
     * @param groupOfOwner each owner's group (a team's id, or the owner's own)
     */
    public SalesCycles medianCycles(Scope scope, Map<Long, Long> groupOfOwner) {
        Map<Long, Long> visible = new java.util.LinkedHashMap<>();
        groupOfOwner.forEach((owner, group) -> {
            if (scope.seesDealsOf(owner)) {
                visible.put(owner, group);
            }
        });
        Map<Long, java.math.BigDecimal> byGroup = new java.util.HashMap<>();
        java.math.BigDecimal all = null;
        if (!visible.isEmpty()) {
            for (PipelineStore.GroupCycle c : store.medianCycles(visible.keySet().toArray(Long[]::new),
                    visible.values().toArray(Long[]::new), calendar.today(scope))) {
                java.math.BigDecimal days = c.days().setScale(1, java.math.RoundingMode.HALF_UP);
                if (c.group() == null) {
                    all = days;
                } else {
                    byGroup.put(c.group(), days);
                }
            }
        }
        return new SalesCycles(byGroup, all);
    }

    /**
     * How the pipeline of the visible owners among those given moved for the period between the start of
     * {@code from} and the end of {@code to}, each reconstructed from the deals and their history
     * ({@link PipelineMovement}): one statement however many deals. The deals are the owners' deals now (a deal
     * moved to another owner moves with its owner's whole history). {@code to} defaults to the viewer's today, or the
     * period's end when it has ended; {@code from} to the period's start, or {@code to} when the period has not
     * started.
     *
     * @throws InvalidInput naming {@code to} when it is after today or (given) more than the period's length after
     *                      its end, naming {@code from} when it is after {@code to} or (given) more than the period's
     *                      length before its start; the defaults are always accepted
     */
    public PipelineMovement movement(Scope scope, Collection<Long> ownerIds, dev.frontline.shared.SalesPeriod period,
                                     @Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate today = calendar.today(scope);
        LocalDate end = to != null ? to : period.end().isBefore(today) ? period.end() : today;
        LocalDate start = from != null ? from : period.start().isAfter(end) ? end : period.start();
        long days = period.days();
        if (end.isAfter(today)) {
            throw new InvalidInput("to", end + " is after today (" + today + "): movement is what has happened");
        }
        if (to != null && end.isAfter(period.end().plusDays(days))) {
            throw new InvalidInput("to", end + " is more than the period's length after " + period + " ends ("
                    + period.end() + ")");
        }
        if (start.isAfter(end)) {
            throw new InvalidInput("from", start + " is after to (" + end + ")");
        }
        if (from != null && start.isBefore(period.start().minusDays(days))) {
            throw new InvalidInput("from", start + " is more than the period's length before " + period
                    + " starts (" + period.start() + ")");
        }
        java.time.ZoneId zone = calendar.zone(scope.viewer());
        Set<Long> owners = scope.visibleOwners(ownerIds);
        return movements.movement(owners, period, start, end, start.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The last open stage: where a deal stands that the data dates to close after today. */
    public Stage lastOpenStage() {
        return stages().stream().filter(s -> s.outcome() == Outcome.OPEN).max(Comparator.comparingInt(Stage::position))
                .orElse(new Stage(0, "Open", 0, Outcome.OPEN));
    }

    /** Each product's list price, by product name; products without one are left out. */
    public Map<String, java.math.BigDecimal> listPrices() {
        return store.listPrices();
    }

    // ---- imports: run in the importer's transaction ----

    /** Product match keys already known (see {@link Products#matchKey}). */
    public Set<String> knownProductKeys() {
        return new HashSet<>(store.productIdsByKey().keySet());
    }

    /** Account names already known, in lower case. */
    public Set<String> knownAccountNames() {
        return new HashSet<>(store.accountIdsByName().keySet());
    }

    /** Stage names (lower case) and their outcomes. */
    public Map<String, Outcome> stageOutcomes() {
        return stages().stream().collect(Collectors.toMap(s -> s.name().toLowerCase(Locale.ROOT), Stage::outcome));
    }

    /**
     * Adds the stages whose names (in any case) are new, each after the existing stages of its outcome: open stages
     * after the open ones, won after open and won, lost at the end. Runs in the caller's transaction.
     *
     * @return the stages added
     */
    @Transactional
    public List<Stage> defineStages(List<NewStage> stages) {
        Set<String> known = new HashSet<>(stageOutcomes().keySet());
        List<Stage> added = stages.stream().filter(s -> known.add(s.name().trim().toLowerCase(Locale.ROOT)))
                .map(s -> store.insertStage(s.name().trim(), s.outcome())).toList();
        if (!added.isEmpty()) {
            events.publishEvent(DataChanged.everything());
        }
        return added;
    }

    /**
     * Adds an account, known by name only, for each name (in any case) no account has; leaves existing accounts
     * as they are. Runs in the caller's transaction.
     *
     * @return how many accounts were added
     */
    @Transactional
    public int ensureAccounts(Collection<String> names) {
        List<String> wanted = names.stream().filter(n -> !n.isBlank()).map(String::trim).toList();
        return wanted.isEmpty() ? 0 : store.insertAccountsIfAbsent(wanted);
    }

    /**
     * Inserts or updates products by name (see {@link Products#matchKey}) with one set-based statement; a product the
     * line leaves as it is keeps its version. Runs in the caller's transaction.
     */
    @Transactional
    public Upserted upsertProducts(List<ProductLine> lines) {
        return lines.isEmpty() ? new Upserted(0, 0, 0) : announced(store.upsertProducts(lines));
    }

    /**
     * Inserts or updates accounts by name (in any case) with one set-based statement; an account the line leaves as
     * it is keeps its version. Runs in the caller's transaction.
     */
    @Transactional
    public Upserted upsertAccounts(List<AccountLine> lines) {
        return lines.isEmpty() ? new Upserted(0, 0, 0) : announced(store.upsertAccounts(lines));
    }

    /**
     * Inserts or updates opportunities by external id, however many, with a constant number of statements: the
     * lines are streamed into a staging table with {@code COPY} and one set-based upsert writes them. An opportunity
     * the line leaves as it is keeps its version. Their owners, products, accounts and stages must exist (products
     * and accounts by name, stages by name in any case) and their external ids be distinct. Runs in the caller's
     * transaction, so that an import is still all or nothing.
     */
    @Transactional
    public Upserted upsertOpportunities(List<OpportunityLine> lines) {
        return lines.isEmpty() ? new Upserted(0, 0, 0) : announced(store.upsertOpportunities(lines));
    }

    /**
     * Deals, accounts or products written by an import: any change may move figures of any owner (a deal can change
     * hands), so every cached figure is recomputed.
     */
    private Upserted announced(Upserted upserted) {
        if (upserted.created() + upserted.updated() > 0) {
            events.publishEvent(DataChanged.everything());
        }
        return upserted;
    }

    /** The fields a deal's history records, as {@code opportunity_history.field} names them. */
    public static final Set<String> HISTORY_FIELDS = Set.of("stage", "amount", "close_date", "owner",
            "forecast_category", "next_step");

    /**
     * Records a CRM's history of deals (Salesforce {@code OpportunityHistory}, HubSpot's stage dates) with source
     * {@code crm}, with a constant number of statements however many lines: deals are found by external id (lines of
     * deals Frontline does not have are left out), and a change already recorded — same deal, field, time and new
     * value — is not recorded again, so importing the same history twice adds nothing. Values are text as
     * {@link HistoryEntry} describes. Runs in the caller's transaction (an import is all or nothing).
     *
     * @return how many changes were added
     * @throws InvalidInput naming {@code field} when a line names a field the history does not keep
     */
    @Transactional
    public int recordCrmHistory(List<HistoryLine> lines) {
        List<String> unknown = lines.stream().map(HistoryLine::field).filter(f -> !HISTORY_FIELDS.contains(f))
                .distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("field", unknown + " are not fields the history keeps; it keeps "
                    + HISTORY_FIELDS.stream().sorted().collect(Collectors.joining(", ")));
        }
        int added = lines.isEmpty() ? 0 : history.recordCrmHistory(lines);
        if (added > 0) {
            events.publishEvent(DataChanged.everything());
        }
        return added;
    }

    // ---- history and edits ----

    /** A deal's forecast category by name, or null (none, or no forecast kept); 404 outside scope. */
    public @Nullable String forecastCategory(Scope scope, long id) {
        deal(scope, id);
        DealCategories keeper = categories.getIfAvailable();
        return keeper == null ? null : keeper.category(id);
    }

    /** The largest amount a deal takes (the column's bound). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    /** The close dates an edit takes. */
    static final LocalDate EARLIEST_CLOSE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_CLOSE = LocalDate.of(2999, 12, 31);
    /** The longest next step kept. */
    public static final int MAX_NEXT_STEP = 500;

    /**
     * A deal's history in scope, newest first (404 outside scope). An owner's values are the person's name —
     * "(former)" after a rep who left — read for all entries at once; a person the viewer does not see is
     * "someone outside your view".
     */
    public List<HistoryEntry> history(Scope scope, long id) {
        deal(scope, id);
        List<HistoryEntry> entries = history.of(id);
        Set<Long> ownerIds = new HashSet<>();
        entries.stream().filter(e -> e.field().equals("owner"))
                .forEach(e -> java.util.stream.Stream.of(e.oldValue(), e.newValue()).filter(Objects::nonNull)
                        .forEach(v -> ownerIds.add(Long.valueOf(v))));
        if (ownerIds.isEmpty()) {
            return entries;
        }
        Map<Long, String> names = new java.util.HashMap<>();
        organization.people(scope, ownerIds).forEach(m -> names.put(m.id(), m.displayName()));
        organization.former(names.keySet()).forEach(f -> names.computeIfPresent(f, (k, n) -> n + " (former)"));
        Function<@Nullable String, @Nullable String> name = v -> v == null ? null
                : names.getOrDefault(Long.valueOf(v), "someone outside your view");
        return entries.stream().map(e -> !e.field().equals("owner") ? e : new HistoryEntry(e.id(), e.changedAt(),
                e.field(), name.apply(e.oldValue()), name.apply(e.newValue()), e.source(), e.changedBy())).toList();
    }

    /**
     * Records a change of a deal's forecast category made in Frontline (source {@code edit}, by the viewer), in the
     * caller's transaction: the forecast module calls it where it sets a category. Nothing is recorded when the
     * category stays as it was.
     *
     * @param from the category's name before (null: none), {@code to} after
     */
    @Transactional
    public void recordCategoryChange(Scope scope, long opportunityId, @Nullable String from, String to) {
        if (!to.equals(from)) {
            history.recordEdits(List.of(new HistoryStore.Edit(opportunityId, "forecast_category", from, to)),
                    calendar.now(), scope.viewer().username());
        }
    }

    /**
     * Edits a deal in scope from the version its editor read: its stage, amount, close date, next step and forecast
     * category (fields left null stay). Whoever sees the deal may edit it — its owner, the manager of the owner's
     * team, the director of the office, the admin; anyone else gets 404. Each field that changes is recorded in the
     * deal's history (source {@code edit}, by the viewer's username) and the deal gets the next version; an edit
     * that changes nothing keeps it.
     *
     * <p>Closing a deal (a won or lost stage) dates its close today unless the edit gives a date, or the deal
     * already has one not after today; a close date after today on a won or lost stage is refused (nothing dated
     * after today has happened).
     *
     * @return the deal as it stands now
     * @throws InvalidInput naming each field that is wrong (no version, an unknown stage, a negative amount, a
     *                      future close on a closed stage, an unknown category or one for a closed deal)
     * @throws StaleVersion when the deal (or, given its version, the category) changed since it was read
     */
    @Transactional
    public DealDetails edit(Scope scope, long id, DealEdit edit) {
        DealEditStore.Stored now = edits.stored(id).filter(d -> scope.seesDealsOf(d.ownerId()))
                .orElseThrow(() -> new NotFoundException("opportunity", id));
        LocalDate today = calendar.today(scope);
        List<String> errors = new ArrayList<>();
        if (edit.version() == null) {
            errors.add("version: the deal's version you read is needed, to keep others' changes");
        }
        Stage stage = stages().stream().filter(s -> s.id() == now.stageId()).findFirst().orElseThrow();
        if (edit.stage() != null) {
            stage = stages().stream().filter(s -> s.name().equalsIgnoreCase(edit.stage().trim())).findFirst()
                    .orElse(null);
            if (stage == null) {
                errors.add("stage: '" + edit.stage() + "' is not a stage; stages are "
                        + stages().stream().map(Stage::name).collect(Collectors.joining(", ")));
            }
        }
        BigDecimal amount = now.amount();
        if (edit.amount() != null) {
            if (edit.amount().signum() < 0) {
                errors.add("amount: is zero or more");
            } else if (edit.amount().compareTo(MAX_AMOUNT) > 0) {
                errors.add("amount: is at most " + MAX_AMOUNT.toPlainString());
            } else if (edit.amount().stripTrailingZeros().scale() > 2) {
                errors.add("amount: has at most two decimals (whole cents)");
            } else {
                amount = edit.amount().setScale(2);
            }
        }
        if (edit.closeDate() != null && (edit.closeDate().isBefore(EARLIEST_CLOSE)
                || edit.closeDate().isAfter(LATEST_CLOSE))) {
            errors.add("closeDate: is between " + EARLIEST_CLOSE + " and " + LATEST_CLOSE);
        }
        LocalDate close = edit.closeDate() != null ? edit.closeDate() : now.closeDate();
        boolean closed = stage != null && stage.outcome() != Outcome.OPEN;
        if (closed && edit.closeDate() != null && edit.closeDate().isAfter(today)) {
            errors.add("closeDate: a won or lost deal closed today or before; " + edit.closeDate() + " is after today");
        } else if (closed && (close == null || close.isAfter(today))) {
            close = today;
        }
        String next = now.nextStep();
        if (edit.nextStep() != null) {
            next = edit.nextStep().isBlank() ? null : edit.nextStep().strip();
            if (next != null && next.length() > MAX_NEXT_STEP) {
                errors.add("nextStep: is at most " + MAX_NEXT_STEP + " characters");
            }
        }
        @Nullable DealCategories keeper = edit.forecastCategory() == null ? null : categories.getIfAvailable();
        @Nullable String category = null;
        if (edit.forecastCategory() != null) {
            if (keeper == null) {
                errors.add("forecastCategory: forecast categories are not kept here");
            } else {
                category = keeper.choices().keySet().stream()
                        .filter(c -> c.equalsIgnoreCase(edit.forecastCategory().trim().replace(' ', '_')
                                .replace('-', '_')))
                        .findFirst().orElse(null);
                if (category == null) {
                    errors.add("forecastCategory: '" + edit.forecastCategory() + "' is not a forecast category; use "
                            + String.join(", ", keeper.choices().keySet()));
                } else if (closed) {
                    errors.add("forecastCategory: only open deals take a forecast category");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (edit.version() != now.version()) {
            throw new StaleVersion("Deal " + now.externalId(), now.version());
        }
        List<HistoryStore.Edit> changes = new ArrayList<>();
        change(changes, id, "stage", now.stage(), stage.name());
        change(changes, id, "amount", text(now.amount()), text(amount));
        change(changes, id, "close_date", text(now.closeDate()), text(close));
        change(changes, id, "next_step", now.nextStep(), next);
        boolean categoryChanged = keeper != null && category != null && !category.equals(keeper.category(id));
        if (!changes.isEmpty() || categoryChanged) {
            if (!edits.update(id, now.version(), stage.id(), amount, close, next)) {
                throw new StaleVersion("Deal " + now.externalId(), edits.stored(id).map(DealEditStore.Stored::version)
                        .orElse(0));
            }
            history.recordEdits(changes, calendar.now(), scope.viewer().username());
            if (categoryChanged) {
                keeper.set(scope, id, category, edit.forecastCategoryVersion());
            }
            events.publishEvent(DataChanged.people(List.of(now.ownerId())));
        }
        return dealDetails(scope, id);
    }

    private static void change(List<HistoryStore.Edit> changes, long id, String field, @Nullable String from,
                               @Nullable String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new HistoryStore.Edit(id, field, from, to));
        }
    }

    private static @Nullable String text(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }
}
