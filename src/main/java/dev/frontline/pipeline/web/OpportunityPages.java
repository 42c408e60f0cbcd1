package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.Scope;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OpportunityPages {

    static final String LIST = "pipeline/opportunities";
    static final int PAGE_SIZE = 25;

    private final Pipeline pipeline;
    private final Organization organization;
    private final DealQuery query;

    OpportunityPages(Pipeline pipeline, Organization organization, DealQuery query) {
        this.pipeline = pipeline;
        this.organization = organization;
        this.query = query;
    }

    @GetMapping("/opportunities")
    String list(Scope scope, DealParams params, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Deal> deals = pipeline.deals(scope, query.filter(scope, params),
                PageRequest.of(Math.max(0, page), PAGE_SIZE));
        Map<Long, Member> people = organization.people(scope).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        var owners = people.values().stream().filter(m -> scope.seesDealsOf(m.id()))
                .filter(m -> m.title() == dev.frontline.organization.Title.REP)
                .sorted(java.util.Comparator.comparing(Member::displayName)).toList();
        model.addAttribute("page", new DealsPage(params, organization.teams(scope), owners,
                pipeline.stages(), deals, people));
        return LIST;
    }
}
