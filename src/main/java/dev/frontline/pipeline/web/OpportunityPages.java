package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealFlags;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.pipeline.PipelineSettingChange;
import dev.frontline.pipeline.PipelineSettings;
import dev.frontline.pipeline.TeamPipelineSetting;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
    private final PipelineSettings settings;

    OpportunityPages(Pipeline pipeline, Organization organization, DealQuery query, Clock clock,
                     PipelineSettings settings) {
        this.settings = settings;
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
        return list(scope, params, binding, page, response, model, null, null);
    }

    private String list(Scope scope, DealParams params, BindingResult binding, int page, HttpServletResponse response,
                        Model model, @Nullable String settingsNotice, @Nullable String settingsError) {
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
                formerShown(small ? people : ownersOf(scope, deals)), errors, editableSetting(scope, params.teamId()),
                staleDays(scope, params.teamId()), settingsNotice != null ? settingsNotice
                : model.getAttribute("notice") instanceof String n ? n : null, settingsError));
        return LIST;
    }

    /** The team's pipeline setting when the list is narrowed to a team the viewer leads (its manager, director, admin). */
    private @Nullable TeamPipelineSetting editableSetting(Scope scope, @Nullable Long teamId) {
        return teamId == null || scope.isRep() || !scope.seesTeam(teamId) ? null : settings.setting(scope, teamId);
    }

    /** The stale limit of the one team the list is about (narrowed to it, or the only team in scope), else null. */
    private @Nullable Integer staleDays(Scope scope, @Nullable Long teamId) {
        Long team = teamId != null ? teamId : !scope.all() && scope.teamIds().size() == 1
                ? scope.teamIds().iterator().next() : null;
        return team == null ? null
                : settings.staleAfterDaysByTeam().getOrDefault(team, DealFlags.DEFAULT_STALE_AFTER_DAYS);
    }

    /**
     * Sets after how many days a team's open deals are stale, from the form on the list narrowed to the team; back to
     * that list. A stale version answers 409, days out of 1–365 422 (the list with the message); a rep or a team
     * outside scope 404.
     */
    @PostMapping("/teams/{id}/pipeline-settings")
    String saveSetting(Scope scope, @PathVariable long id,
                       @RequestParam(required = false) @Nullable String staleAfterDays,
                       @RequestParam(required = false) @Nullable String version,
                       HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            TeamPipelineSetting saved = settings.setStaleAfterDays(scope, id,
                    new PipelineSettingChange(number("version", version), number("staleAfterDays", staleAfterDays)));
            redirect.addFlashAttribute("notice", "Saved: this team's open deals are stale after "
                    + saved.staleAfterDays() + (saved.staleAfterDays() == 1 ? " day" : " days") + " without a change.");
            return "redirect:/opportunities?teamId=" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            return listOfTeam(scope, id, response, model, "Not saved: " + String.join("; ", e.errors()));
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return listOfTeam(scope, id, response, model, "Not saved: " + e.getMessage()
                    + ". The form shows the setting now; save again to replace it.");
        }
    }

    private String listOfTeam(Scope scope, long teamId, HttpServletResponse response, Model model, String error) {
        DealParams params = new DealParams(teamId, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
        int status = response.getStatus();
        String view = list(scope, params, new BeanPropertyBindingResult(params, "params"), 0, response, model, null,
                error);
        response.setStatus(status);
        return view;
    }

    private static @Nullable Integer number(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "is a whole number, not " + dev.frontline.shared.Echo.quote(text));
        }
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
