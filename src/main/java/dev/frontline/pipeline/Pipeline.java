package dev.frontline.pipeline;

import dev.frontline.pipeline.internal.DealListStore;
import dev.frontline.pipeline.internal.PipelineStore;
import dev.frontline.shared.DataChanged;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
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
    private final FiscalCalendar calendar;
    private final ApplicationEventPublisher events;
    private final PipelineSettings settings;

    Pipeline(PipelineStore store, DealListStore lists, FiscalCalendar calendar, ApplicationEventPublisher events,
             PipelineSettings settings) {
        this.settings = settings;
        this.store = store;
        this.lists = lists;
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
}
