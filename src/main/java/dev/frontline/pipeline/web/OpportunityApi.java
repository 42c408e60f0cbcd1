package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealFlags;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Scope;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.PathVariable;
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
                    + "the product's list price, not the deal's own.")
    OpportunityJson one(Scope scope, @PathVariable long id) {
        Deal deal = pipeline.deal(scope, id);
        Member owner = organization.person(scope, deal.ownerId());
        return json(deal, Map.of(owner.id(), owner));
    }

    private static OpportunityJson json(Deal d, Map<Long, Member> people) {
        Member m = people.get(d.ownerId());
        Owner owner = m == null ? new Owner(d.ownerId(), "", "") : new Owner(m.id(), m.username(), m.displayName());
        return new OpportunityJson(d.id(), d.externalId(), d.name(), owner, d.account(), d.product(), d.stage(),
                d.outcome().name().toLowerCase(), d.amount(), d.amountEstimated(), d.createdDate(), d.engageDate(),
                d.closeDate(), FlagsJson.of(d.flags()));
    }
}
