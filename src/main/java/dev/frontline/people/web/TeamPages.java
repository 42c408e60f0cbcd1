package dev.frontline.people.web;

import dev.frontline.people.SkillsMap;
import dev.frontline.people.SkillsMaps;
import dev.frontline.people.Competencies;
import dev.frontline.people.Competency;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Scope;
import dev.frontline.system.Charts;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import dev.frontline.system.web.FormBinding;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's skills map, and the admin's competency framework. */
@Controller
@NavSection(Section.COACHING)
class TeamPages {

    static final String SKILLS = "people/skills";
    static final String COMPETENCIES = "people/competencies";

    private final SkillsMaps skills;
    private final Competencies competencies;
    private final Charts charts;

    TeamPages(SkillsMaps skills, Competencies competencies, Charts charts) {
        this.skills = skills;
        this.competencies = competencies;
        this.charts = charts;
    }

    @GetMapping("/teams/{id}/skills")
    String skills(Scope scope, @PathVariable long id, Model model) {
        SkillsMap map = skills.map(scope, id);
        List<String> labels = map.competencies().stream().map(Competency::name).toList();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("Manager ratings", average(map, true));
        series.put("Self-ratings", average(map, false));
        model.addAttribute("page", new SkillsPage(map, charts.bar(labels, series, "Average level (1–5)")));
        return SKILLS;
    }

    @NavSection(Section.SETTINGS)
    @GetMapping("/admin/competencies")
    String competencies(Model model) {
        model.addAttribute("competencies", competencies.all());
        model.addAttribute("problems", List.of());
        model.addAttribute("notice", model.getAttribute("notice"));
        return COMPETENCIES;
    }

    @PostMapping("/admin/competencies/{key}")
    String editCompetency(Scope scope, @PathVariable String key, @Valid CompetencyForm form, BindingResult binding,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(model, response, redirect, binding, () -> competencies.update(scope, key, form.input(null)));
    }

    @PostMapping("/admin/competencies")
    String addCompetency(Scope scope, @Valid CompetencyForm form, BindingResult binding, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        return save(model, response, redirect, binding, () -> competencies.add(scope, form.input(form.key())));
    }

    private String save(Model model, HttpServletResponse response, RedirectAttributes redirect, BindingResult binding,
                        java.util.function.Supplier<Competency> action) {
        try {
            FormBinding.check(binding);
            Competency saved = action.get();
            redirect.addFlashAttribute("notice", saved.name() + " saved.");
            return "redirect:/admin/competencies#c-" + saved.key();
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("problems", e.errors());
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            model.addAttribute("problems", List.of("Someone else changed this competency meanwhile; the form below "
                    + "is current — apply your change again."));
        }
        model.addAttribute("competencies", competencies.all());
        model.addAttribute("notice", null);
        return COMPETENCIES;
    }

    private static List<BigDecimal> average(SkillsMap map, boolean manager) {
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < map.competencies().size(); i++) {
            int index = i;
            List<Integer> levels = map.rows().stream().map(r -> manager ? r.cells().get(index).manager()
                    : r.cells().get(index).self()).filter(Objects::nonNull).toList();
            out.add(levels.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(levels.stream().mapToInt(Integer::intValue)
                    .sum()).divide(BigDecimal.valueOf(levels.size()), 1, RoundingMode.HALF_UP));
        }
        return out;
    }
}
