package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealDetails;
import dev.frontline.pipeline.DealEdit;
import dev.frontline.pipeline.DealFlags;
import dev.frontline.pipeline.HistoryEntry;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Scope;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/opportunities")
class OpportunityApi {

    static final int MAX_PAGE_SIZE = 500;

    private final Pipeline pipeline;
    private final Organization organization;
    private final DealQuery query;

    OpportunityApi(Pipeline pipeline, Organization organization, DealQuery query) {
        this.pipeline = pipeline;
        this.organization = organization;
        this.query = query;
    }

    record Owner(long id, String username, String displayName) {
    }

    record OpportunityJson(long id, String externalId, @Nullable String name, Owner owner, @Nullable String account,
                           @Nullable String product, String stage, String status, @Nullable BigDecimal amount,
                           boolean amountEstimated, @Nullable LocalDate createdDate, @Nullable LocalDate engageDate,
                           @Nullable LocalDate closeDate, FlagsJson flags) {
    }

    /**
     * The list's flags of an open deal (all false on a closed one): stale when no change is recorded in more than
     * staleAfterDays (the owner's team's) before today, lastChange the day of the last one; slipped when its close
     * date was moved out of the fiscal quarter slippedFrom into a later one.
     */
    record FlagsJson(boolean stale, @Nullable LocalDate lastChange, int staleAfterDays, boolean slipped,
                     @Nullable String slippedFrom) {

        static FlagsJson of(DealFlags f) {
            return new FlagsJson(f.stale(), f.lastChange(), f.staleAfterDays(), f.slipped(), f.slippedFrom());
        }
    }

    @GetMapping
    @Operation(summary = "Opportunities in the caller's scope, one page at a time",
            description = "A rep sees their own deals, a manager their teams', a director their office's, the admin "
                    + "all. Filters: teamId; owner (a username); stage (case-insensitive); status open, won or lost; "
                    + "q (part of the deal's id or name, its account's or product's name, any case); minAmount, "
                    + "maxAmount (on amount: the deal's own, else its product's list price); closedFrom, closedTo "
                    + "(won or lost deals closed in the window); createdFrom, createdTo (the CRM's created date, "
                    + "else the engage date); product, sector (exact names). sort: column or column,desc with column "
                    + "one of externalId, owner, account, product, stage, amount, createdDate, engageDate, "
                    + "closeDate; the default is open deals first, then the newest close. page from 0, size 1 to 500 "
                    + "(default 50). flagged: stale or slipped, only open deals with that flag; every deal carries flags {stale, "
                    + "lastChange, staleAfterDays, slipped, slippedFrom}. A team or owner outside scope answers 404; a value that does not parse 400; a "
                    + "well-formed but invalid one 422 naming the parameter.")
    PagedModel<OpportunityJson> list(Scope scope, @ParameterObject @Valid DealParams params, BindingResult binding,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size) {
        DealQuery.Criteria criteria = query.criteria(scope, params, binding);
        if (page < 0) {
            throw new InvalidInput("page", "is 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "is between 1 and " + MAX_PAGE_SIZE);
        }
        Page<Deal> deals = pipeline.deals(scope, criteria.filter(), criteria.sort(), PageRequest.of(page, size));
        Map<Long, Member> people = organization.people(scope).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        return new PagedModel<>(deals.map(d -> json(d, people)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One opportunity in scope (404 outside scope)",
            description = "A rep sees their own deals, a manager their teams', a director their office's, the admin "
                    + "all; any other id, or one that does not exist, 404. amountEstimated is true when amount is "
                    + "the product's list price, not the deal's own; version is what an edit (PATCH) sends back.")
    EditableJson one(Scope scope, @PathVariable long id) {
        return editable(scope, pipeline.dealDetails(scope, id));
    }

    /** A deal's edit: each field left out stays as it is; {@code version} is the deal's, as read. */
    record EditRequest(@Nullable Integer version, @Nullable String stage, @Nullable BigDecimal amount,
                       @Nullable LocalDate closeDate, @Nullable String nextStep, @Nullable String forecastCategory,
                       @Nullable Integer forecastCategoryVersion) {
    }

    /** One deal with what an edit needs: its version, next step and forecast category. */
    record EditableJson(long id, String externalId, @Nullable String name, Owner owner, @Nullable String account,
                        @Nullable String product, String stage, String status, @Nullable BigDecimal amount,
                        boolean amountEstimated, @Nullable LocalDate createdDate, @Nullable LocalDate engageDate,
                        @Nullable LocalDate closeDate, @Nullable String nextStep, @Nullable String forecastCategory,
                        int version, FlagsJson flags) {
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Edit a deal: {version, stage?, amount?, closeDate?, nextStep?, forecastCategory?, "
            + "forecastCategoryVersion?}",
            description = "Whoever sees the deal may edit it: its owner, the manager of the owner's team, the "
                    + "office's director, the admin; anyone else 404. version is the deal's as read (GET answers "
                    + "it); a stale one 409 with the version now stored. Fields left out stay. An unknown stage, a "
                    + "negative amount, an unknown category (or one for a closed deal), a close after today on a "
                    + "won or lost stage 422 naming the field; JSON that does not parse 400. Closing a deal "
                    + "without a close date (or with one after today) closes it today. Each changed field is "
                    + "recorded in the deal's history (source edit, by the caller). Answers the deal with its "
                    + "new version.")
    EditableJson edit(Scope scope, @PathVariable long id, @RequestBody EditRequest request) {
        DealDetails edited = pipeline.edit(scope, id, new DealEdit(request.version(), request.stage(),
                request.amount(), request.closeDate(), request.nextStep(), request.forecastCategory(),
                request.forecastCategoryVersion()));
        return editable(scope, edited);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "A deal's history, newest first: [{changedAt, field, oldValue, newValue, source, changedBy}]",
            description = "Every change of stage, amount, close_date, owner, forecast_category and next_step "
                    + "recorded since Frontline keeps history: by a re-import (source import), an edit (edit, with "
                    + "the editor's username) or a CRM's history export (crm). Values are text: stages by name, "
                    + "amounts as plain decimals, dates yyyy-MM-dd, owners by name, categories by name. The same "
                    + "scope as the deal: outside it 404.")
    List<HistoryEntry> history(Scope scope, @PathVariable long id) {
        return pipeline.history(scope, id);
    }

    private EditableJson editable(Scope scope, DealDetails details) {
        Deal d = details.deal();
        Member m = organization.person(scope, d.ownerId());
        return new EditableJson(d.id(), d.externalId(), d.name(), new Owner(m.id(), m.username(), m.displayName()),
                d.account(), d.product(), d.stage(), d.outcome().name().toLowerCase(), d.amount(),
                d.amountEstimated(), d.createdDate(), d.engageDate(), d.closeDate(), details.nextStep(),
                pipeline.forecastCategory(scope, d.id()), details.version(), FlagsJson.of(d.flags()));
    }

    private static OpportunityJson json(Deal d, Map<Long, Member> people) {
        Member m = people.get(d.ownerId());
        Owner owner = m == null ? new Owner(d.ownerId(), "", "") : new Owner(m.id(), m.username(), m.displayName());
        return new OpportunityJson(d.id(), d.externalId(), d.name(), owner, d.account(), d.product(), d.stage(),
                d.outcome().name().toLowerCase(), d.amount(), d.amountEstimated(), d.createdDate(), d.engageDate(),
                d.closeDate(), FlagsJson.of(d.flags()));
    }
}
