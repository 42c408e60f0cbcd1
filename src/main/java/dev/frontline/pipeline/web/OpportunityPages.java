package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Scope;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@NavSection(Section.DEALS)
class OpportunityPages {

    static final String LIST = "pipeline/opportunities";
    static final int PAGE_SIZE = 25;
    /** The page counts matching deals up to this many and says "more than" beyond: counting further costs. */
    static final int COUNT_UP_TO = 10_000;
    /** Up to this many teams in scope, the filters offer every team and rep to pick from. */
    static final int PICKER_TEAMS = 50;

    private final Pipeline pipeline;
    private final Organization organization;
    private final DealQuery query;
    private final Clock clock;

    OpportunityPages(Pipeline pipeline, Organization organization, DealQuery query, Clock clock) {
        this.pipeline = pipeline;
        this.organization = organization;
        this.query = query;
        this.clock = clock;
    }

    /**
     * The list; parameters that are well-formed but invalid come back in the form, named, with status 422. The rep
     * and team pickers list everyone while the organisation is small; in a large one (the admin's, beyond
     * {@link #PICKER_TEAMS} teams) the rep is typed and only the page's owners are looked up.
     */
    @GetMapping("/opportunities")
    String list(Scope scope, @Valid DealParams params, BindingResult binding,
                @RequestParam(defaultValue = "0") int page, HttpServletResponse response, Model model) {
        List<TeamSummary> teams = organization.teams(scope);
        boolean small = !scope.all() || teams.size() <= PICKER_TEAMS;
        Map<Long, Member> people = small ? people(scope) : Map.of();
        List<Member> owners = people.values().stream().filter(m -> scope.seesDealsOf(m.id()))
                .filter(m -> m.title() == Title.REP).sorted(Comparator.comparing(Member::displayName)).toList();
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        Slice<Deal> deals;
        long total;
        List<String> errors = List.of();
        try {
            DealQuery.Criteria criteria = query.criteria(scope, params, binding);
            deals = pipeline.dealSlice(scope, criteria.filter(), criteria.sort(), request);
            total = pipeline.countDeals(scope, criteria.filter(), COUNT_UP_TO);
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors = e.errors();
            deals = new SliceImpl<>(List.of(), request, false);
            total = 0;
        }
        model.addAttribute("page", new DealsPage(params, teams.size() <= PICKER_TEAMS ? teams : List.of(), owners,
                !small, pipeline.stages(), deals, total, COUNT_UP_TO,
                formerShown(small ? people : ownersOf(scope, deals)), errors));
        return LIST;
    }

    /** The people with a former rep's name marked "(former)": their deals stay, owned by someone who left. One read. */
    private Map<Long, Member> formerShown(Map<Long, Member> people) {
        java.util.Set<Long> former = organization.former(people.keySet());
        if (former.isEmpty()) {
            return people;
        }
        Map<Long, Member> shown = new java.util.LinkedHashMap<>(people);
        former.forEach(id -> shown.computeIfPresent(id, (k, m) -> new Member(m.id(), m.username(),
                m.displayName() + " (former)", m.firstName(), m.lastName(), m.title(), m.teamId(), m.team(),
                m.regionId(), m.region())));
        return shown;
    }

    /** The people owning the page's deals, one read each (at most a page's worth). */
    private Map<Long, Member> ownersOf(Scope scope, Slice<Deal> deals) {
        Map<Long, Member> owners = new HashMap<>();
        deals.forEach(d -> owners.computeIfAbsent(d.ownerId(), id -> organization.person(scope, id)));
        return owners;
    }

    /**
     * Every deal the list's parameters select, in its order, as CSV streamed row by row. The first eight columns are
     * the dataset's pipeline layout, so the file imports back; {@code close_value} is the deal's own amount, the
     * list price of an estimated one is in {@code amount} and flagged.
     */
    @GetMapping("/opportunities.csv")
    void csv(Scope scope, @Valid DealParams params, BindingResult binding, HttpServletResponse response)
            throws IOException {
        DealQuery.Criteria criteria = query.criteria(scope, params, binding);
        Map<Long, Member> people = people(scope);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"opportunities-" + LocalDate.now(clock) + ".csv\"");
        CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.DEFAULT);
        csv.printRecord("opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date",
                "close_date", "close_value", "name", "status", "amount", "amount_estimated", "created_date",
                "owner_username");
        pipeline.eachDeal(scope, criteria.filter(), criteria.sort(), deal -> {
            Member owner = people.get(deal.ownerId());
            try {
                csv.printRecord(text(deal.externalId()), owner == null ? "" : text(owner.displayName()),
                        text(deal.product()), text(deal.account()), text(deal.stage()), date(deal.engageDate()),
                        date(deal.closeDate()), deal.amountEstimated() || deal.amount() == null ? ""
                                : deal.amount().toPlainString(), text(deal.name()),
                        deal.outcome().name().toLowerCase(), deal.amount() == null ? "" : deal.amount().toPlainString(),
                        deal.amountEstimated(), date(deal.createdDate()), owner == null ? "" : owner.username());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private Map<Long, Member> people(Scope scope) {
        return organization.people(scope).stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    /** A text cell a spreadsheet will not run as a formula. */
    static String text(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
