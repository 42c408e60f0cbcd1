package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.DealFlag;
import dev.frontline.pipeline.DealSort;
import dev.frontline.pipeline.Outcome;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns the page's, the CSV's and the API's query parameters into a scoped filter and a sort. Checks run in the
 * order: malformed (a date or number that does not parse) 400, a team or owner outside scope 404, well-formed but
 * invalid (a negative amount, a window that ends before it starts, an unknown sort column, stage or status) 422
 * naming the parameter.
 */
@Component
class DealQuery {

    /** What a list shows: the deals the filter lets through, in the sort's order. */
    record Criteria(DealFilter filter, DealSort sort) {
    }

    private final Organization organization;

    DealQuery(Organization organization) {
        this.organization = organization;
    }

    Criteria criteria(Scope scope, DealParams params, BindingResult binding) {
        List<FieldError> malformed = binding.getFieldErrors().stream().filter(FieldError::isBindingFailure).toList();
        if (!malformed.isEmpty()) {
            throw new dev.frontline.shared.Malformed(malformed.stream().map(FieldError::getField)
                    .collect(Collectors.joining(", ")), malformed.stream()
                    .map(f -> "'" + f.getField() + "' has an invalid value " + dev.frontline.shared.Echo.quote(f.getRejectedValue()))
                    .collect(Collectors.joining("; ")));
        }
        Set<Long> owners = owners(scope, params);
        List<String> errors = new ArrayList<>();
        binding.getFieldErrors().forEach(f -> errors.add(f.getField() + ": " + f.getDefaultMessage()));
        if (params.minAmount() != null && params.maxAmount() != null
                && params.maxAmount().compareTo(params.minAmount()) < 0) {
            errors.add("maxAmount: is less than minAmount");
        }
        window(errors, "closedTo", "closedFrom", params.closedFrom(), params.closedTo());
        window(errors, "createdTo", "createdFrom", params.createdFrom(), params.createdTo());
        Outcome outcome = null;
        DealFlag flag = null;
        DealSort sort = DealSort.DEFAULT;
        try {
            flag = params.flagged() == null ? null : DealFlag.parse(params.flagged());
        } catch (dev.frontline.shared.Malformed e) {
            errors.add(e.getMessage());
        }
        try {
            outcome = params.status() == null ? null : Outcome.parse(params.status());
        } catch (dev.frontline.shared.Malformed e) {
            errors.add(e.getMessage());
        }
        try {
            sort = DealSort.parse(params.sort());
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (sort.column() == DealSort.Column.OWNER) {
            sort = sort.withOwnerOrder(organization.people(scope).stream()
                    .sorted(Comparator.comparing(Member::displayName, String.CASE_INSENSITIVE_ORDER)
                            .thenComparingLong(Member::id))
                    .map(Member::id).toList());
        }
        DealFilter filter = DealFilter.of(owners, params.stage(), outcome)
                .closedBetween(params.closedFrom(), params.closedTo())
                .about(params.product(), params.sector())
                .worth(params.minAmount(), params.maxAmount())
                .createdBetween(params.createdFrom(), params.createdTo())
                .matching(params.q())
                .withFlag(flag);
        return new Criteria(filter, sort);
    }

    private @Nullable Set<Long> owners(Scope scope, DealParams params) {
        Set<Long> owners = null;
        if (params.teamId() != null) {
            owners = new HashSet<>();
            for (Member m : organization.members(scope, params.teamId())) {
                owners.add(m.id());
            }
        }
        if (params.owner() != null) {
            Member person = organization.personByUsername(scope, params.owner())
                    .filter(p -> scope.seesDealsOf(p.id()))
                    .orElseThrow(() -> new NotFoundException("owner", params.owner()));
            owners = owners != null && !owners.contains(person.id()) ? Set.of() : Set.of(person.id());
        }
        return owners;
    }

    private static void window(List<String> errors, String toName, String fromName, @Nullable LocalDate from,
                               @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(toName + ": is before " + fromName);
        }
    }
}
