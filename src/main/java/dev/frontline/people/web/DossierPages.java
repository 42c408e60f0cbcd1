package dev.frontline.people.web;

import dev.frontline.people.AspirationsInput;
import dev.frontline.people.Competencies;
import dev.frontline.people.Competency;
import dev.frontline.people.Dossier;
import dev.frontline.people.Dossiers;
import dev.frontline.people.Driver;
import dev.frontline.shared.InvalidInput;
import dev.frontline.people.MotivationsInput;
import dev.frontline.people.PrivateNotes;
import dev.frontline.people.Rater;
import dev.frontline.people.Rating;
import dev.frontline.people.RatingInput;
import dev.frontline.people.Standing;
import dev.frontline.people.Topic;
import dev.frontline.results.RepRecord;
import dev.frontline.results.TrendPoint;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import dev.frontline.system.Charts;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import dev.frontline.system.web.FormBinding;
import dev.frontline.system.web.KeyedFields;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dossier page, its edit forms, the rating history (htmx) and the private notes panel (htmx). */
@Controller
@NavSection(Section.TEAMS)
class DossierPages {

    static final String DOSSIER = "people/dossier";
    static final String HISTORY = "people/history";
    static final String NOTES = "people/notes";
    static final String RATINGS = "people/ratings";
    static final String MOTIVATIONS = "people/motivations";
    static final String ASPIRATIONS = "people/aspirations";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    private final Dossiers dossiers;
    private final PrivateNotes notes;
    private final Competencies competencies;
    private final Charts charts;

    DossierPages(Dossiers dossiers, PrivateNotes notes, Competencies competencies, Charts charts) {
        this.dossiers = dossiers;
        this.notes = notes;
        this.competencies = competencies;
        this.charts = charts;
    }

    @GetMapping("/reps/{id}/dossier")
    String dossier(Scope scope, @PathVariable long id, Model model) {
        Dossier d = dossiers.dossier(scope, id);
        model.addAttribute("page", page(scope, d, (String) model.getAttribute("notice")));
        return DOSSIER;
    }

    @GetMapping("/reps/{id}/dossier/history")
    String history(Scope scope, @PathVariable long id, @RequestParam String key, Model model) {
        model.addAttribute("history", history(scope, id, key));
        return HISTORY;
    }

    @GetMapping("/reps/{id}/dossier/notes")
    String notes(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("repId", id);
        model.addAttribute("notes", notes.read(scope, id));
        model.addAttribute("problem", null);
        return NOTES;
    }

    @PostMapping("/reps/{id}/dossier/notes")
    String addNote(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String text,
                   Model model, HttpServletResponse response) {
        String problem = null;
        try {
            notes.add(scope, id, text);
        } catch (InvalidInput e) {
            problem = "Write something first (at most 5,000 characters).";
            response.setStatus(422);
        }
        model.addAttribute("repId", id);
        model.addAttribute("notes", notes.read(scope, id));
        model.addAttribute("problem", problem);
        return NOTES;
    }

    @GetMapping("/reps/{id}/dossier/ratings")
    String ratingsForm(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("page", form(scope, id, List.of(), Map.of()));
        return RATINGS;
    }

    @PostMapping("/reps/{id}/dossier/ratings")
    String rate(Scope scope, @PathVariable long id, HttpServletRequest request, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        KeyedFields form = KeyedFields.parse(request.getParameterMap(), Set.of(), DossierForms.RATING_FIELDS);
        FormPage current = form(scope, id, List.of(), Map.of());
        if (current.rater() == null) {
            throw new AccessDeniedException("Only the rep's manager, or the rep themself, rates competencies");
        }
        try {
            form.under("level").forEach((key, level) -> KeyedFields.wholeNumber("level:" + key, level));
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("page", form(scope, id, e.errors(), form.values()));
            return RATINGS;
        }
        List<RatingInput> changed = new ArrayList<>();
        for (Standing s : current.standings()) {
            String key = s.competency().key();
            String level = form.get("level:" + key);
            String note = Objects.requireNonNullElse(form.get("note:" + key), "").trim();
            if (level == null || level.isBlank()) {
                continue;
            }
            Rating latest = current.rater() == Rater.MANAGER ? s.manager() : s.self();
            boolean same = latest != null && Integer.toString(latest.level()).equals(level)
                    && Objects.equals(Objects.requireNonNullElse(latest.note(), ""), note);
            if (!same) {
                changed.add(new RatingInput(key, KeyedFields.wholeNumber("level:" + key, level), note));
            }
        }
        if (changed.isEmpty()) {
            redirect.addFlashAttribute("notice", "Nothing changed: no rating was added.");
            return "redirect:/reps/" + id + "/dossier#competencies";
        }
        try {
            dossiers.rate(scope, id, changed);
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("page", form(scope, id, e.errors(), form.values()));
            return RATINGS;
        }
        redirect.addFlashAttribute("notice", changed.size() + (changed.size() == 1 ? " rating" : " ratings") + " saved.");
        return "redirect:/reps/" + id + "/dossier#competencies";
    }

    @GetMapping("/reps/{id}/dossier/motivations")
    String motivationsForm(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("page", ownForm(scope, id, List.of(), Map.of()));
        return MOTIVATIONS;
    }

    @PostMapping("/reps/{id}/dossier/motivations")
    String saveMotivations(Scope scope, @PathVariable long id, @Valid DossierForms.Versioned fixed,
                           BindingResult binding, HttpServletRequest request, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        KeyedFields form = KeyedFields.parse(request.getParameterMap(), DossierForms.Versioned.FIXED,
                DossierForms.MOTIVATION_FIELDS);
        ownForm(scope, id, List.of(), Map.of());
        List<String> problems = new ArrayList<>();
        Map<Integer, Driver> byRank = new java.util.TreeMap<>();
        try {
            FormBinding.check(binding);
            for (Driver d : Driver.values()) {
                String rank = form.get("rank:" + d.name());
                if (rank != null && !rank.isBlank()) {
                    Driver clash = byRank.put(KeyedFields.wholeNumber("rank:" + d.name(), rank), d);
                    if (clash != null) {
                        problems.add(clash.label() + " and " + d.label() + " share rank " + rank
                                + "; give each its own rank.");
                    }
                }
            }
        } catch (InvalidInput e) {
            problems.addAll(e.errors().stream().map(DossierPages::friendly).toList());
        }
        if (problems.isEmpty()) {
            List<MotivationsInput.DriverInput> drivers = byRank.values().stream()
                    .map(d -> new MotivationsInput.DriverInput(d.name(), form.get("note:" + d.name()))).toList();
            try {
                dossiers.saveMotivations(scope, id, new MotivationsInput(drivers, fixed.version()));
                redirect.addFlashAttribute("notice", "Motivations saved.");
                return "redirect:/reps/" + id + "/dossier#motivations";
            } catch (InvalidInput e) {
                problems.addAll(e.errors().stream().map(DossierPages::friendly).toList());
            }
        }
        response.setStatus(422);
        model.addAttribute("page", ownForm(scope, id, problems, DossierForms.echo(form.values(),
                binding.hasErrors() ? Map.of() : Map.of("version", fixed.version() == null ? "" : fixed.version()))));
        return MOTIVATIONS;
    }

    @GetMapping("/reps/{id}/dossier/aspirations")
    String aspirationsForm(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("page", ownForm(scope, id, List.of(), Map.of()));
        return ASPIRATIONS;
    }

    @PostMapping("/reps/{id}/dossier/aspirations")
    String saveAspirations(Scope scope, @PathVariable long id, @Valid DossierForms.Aspirations fixed,
                           BindingResult binding, HttpServletRequest request, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        KeyedFields form = KeyedFields.parse(request.getParameterMap(), DossierForms.Aspirations.FIXED,
                DossierForms.ASPIRATION_FIELDS);
        ownForm(scope, id, List.of(), Map.of());
        List<AspirationsInput.ActionInput> actions = new ArrayList<>();
        for (int i = 0; i < DossierForms.ACTION_ROWS; i++) {
            String text = form.get("action:" + i);
            if (text != null && !text.isBlank()) {
                actions.add(new AspirationsInput.ActionInput(text, form.get("done:" + i) != null));
            }
        }
        try {
            FormBinding.check(binding);
            dossiers.saveAspirations(scope, id, new AspirationsInput(fixed.targetRole(), fixed.targetBy(), actions,
                    fixed.version()));
            redirect.addFlashAttribute("notice", "Aspirations saved.");
            return "redirect:/reps/" + id + "/dossier#aspirations";
        } catch (InvalidInput e) {
            response.setStatus(422);
            Map<String, @Nullable Object> shown = new java.util.HashMap<>();
            if (!binding.hasErrors()) {
                shown.put("targetRole", fixed.targetRole());
                shown.put("targetBy", fixed.targetBy());
                shown.put("version", fixed.version());
            }
            model.addAttribute("page", ownForm(scope, id, e.errors().stream().map(DossierPages::friendly).toList(),
                    DossierForms.echo(form.values(), shown)));
            return ASPIRATIONS;
        }
    }

    @PostMapping("/reps/{id}/dossier/remarks/{topic}")
    String remark(Scope scope, @PathVariable long id, @PathVariable String topic,
                  @RequestParam(required = false) @Nullable String text, @RequestParam int version,
                  RedirectAttributes redirect) {
        Topic t = Topic.parse(topic);
        dossiers.remark(scope, id, t, text, version);
        redirect.addFlashAttribute("notice", "Your words are saved.");
        return "redirect:/reps/" + id + "/dossier#" + (t == Topic.STRENGTHS || t == Topic.WEAKNESSES ? "findings" : t.path());
    }

    @PostMapping("/reps/{id}/dossier/shared")
    String share(Scope scope, @PathVariable long id, @RequestParam(name = "key", required = false) @Nullable List<String> keys,
                 RedirectAttributes redirect) {
        dossiers.share(scope, id, keys == null ? List.of() : keys);
        redirect.addFlashAttribute("notice", "Your peers now see the strengths you ticked.");
        return "redirect:/reps/" + id + "/dossier#findings";
    }

    private DossierPage page(Scope scope, Dossier d, @Nullable String notice) {
        if (d.peer()) {
            return new DossierPage(d, null, null, null, null, notice);
        }
        RepRecord record = d.performance().record();
        List<String> quarters = record.periods().stream().map(p -> p.period().toString()).toList();
        Map<String, List<? extends Number>> won = new LinkedHashMap<>();
        won.put("Won revenue", record.periods().stream().map(p -> p.figures().wonRevenue()).toList());
        if (record.teamAveragePerRep() != null) {
            won.put("Team average per rep", record.periods().stream().map(p -> p.team() == null ? BigDecimal.ZERO
                    : p.team().wonRevenue().divide(BigDecimal.valueOf(record.teamSize()), 0, java.math.RoundingMode.HALF_UP))
                    .toList());
        }
        Map<String, List<? extends Number>> quota = new LinkedHashMap<>();
        quota.put("Quota", record.periods().stream().map(p -> p.figures().quota() == null ? BigDecimal.ZERO
                : p.figures().quota()).toList());
        String quarterChart = charts.barsWithLine(quarters, won, quota, "$");
        List<TrendPoint> months = d.performance().months();
        Map<String, List<? extends Number>> monthly = new LinkedHashMap<>();
        monthly.put("Won revenue", months.stream().map(p -> p.figures().wonRevenue()).toList());
        String monthChart = charts.bar(months.stream().map(p -> p.period().toString()).toList(), monthly, "$");
        Map<String, List<? extends Number>> rates = new LinkedHashMap<>();
        rates.put(d.rep().firstName(), record.periods().stream().map(p -> orZero(p.figures().winRate())).toList());
        rates.put("Team", record.periods().stream().map(p -> p.team() == null ? BigDecimal.ZERO : orZero(p.team().winRate()))
                .toList());
        String winRateChart = charts.bar(quarters, rates, "Win rate (%)");
        DossierPage.HistoryFragment history = d.competencies().isEmpty() ? null
                : history(scope, d.rep().id(), firstRated(d).competency().key());
        return new DossierPage(d, quarterChart, monthChart, winRateChart, history, notice);
    }

    private static Standing firstRated(Dossier d) {
        return d.competencies().stream().filter(s -> s.manager() != null || s.self() != null).findFirst()
                .orElse(d.competencies().get(0));
    }

    private DossierPage.HistoryFragment history(Scope scope, long repId, String key) {
        List<Rating> ratings = dossiers.history(scope, repId, key);
        Competency competency = competencies.all().stream().filter(c -> c.key().equalsIgnoreCase(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("competency", key));
        TreeSet<java.time.LocalDate> days = new TreeSet<>();
        ratings.forEach(r -> days.add(DossierPage.day(r.ratedAt())));
        List<String> labels = days.stream().map(DAY::format).toList();
        List<Object> datasets = new ArrayList<>();
        for (Rater rater : Rater.values()) {
            Map<java.time.LocalDate, Integer> byDay = new HashMap<>();
            ratings.stream().filter(r -> r.rater() == rater).forEach(r -> byDay.put(DossierPage.day(r.ratedAt()), r.level()));
            List<Integer> data = new ArrayList<>();
            days.forEach(day -> data.add(byDay.get(day)));
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("label", rater == Rater.MANAGER ? "Manager" : "Self");
            set.put("data", data);
            set.put("spanGaps", true);
            set.put("stepped", true);
            set.put("pointRadius", 5);
            if (rater == Rater.SELF) {
                set.put("borderDash", List.of(6, 4));
            }
            datasets.add(set);
        }
        Map<String, Object> spec = Map.of("type", "line", "data", Map.of("labels", labels, "datasets", datasets),
                "options", Map.of("scales", Map.of("y", Map.of("min", 1, "max", 5, "ticks", Map.of("stepSize", 1),
                        "title", Map.of("display", true, "text", "Level")))));
        return new DossierPage.HistoryFragment(repId, competency, competencies.active(), ratings, charts.safe(spec));
    }

    private FormPage form(Scope scope, long id, List<String> problems, Map<String, String> values) {
        Dossier d = dossiers.dossier(scope, id);
        if (!d.can().rate()) {
            throw d.peer() ? new AccessDeniedException("Peers do not rate") : new AccessDeniedException("You do not rate this rep");
        }
        return new FormPage(d.rep(), d.can().rateSelf(), d.can().rateAsManager() ? Rater.MANAGER : Rater.SELF,
                d.competencies(), d.motivations(), d.aspirations(), problems, values);
    }

    private FormPage ownForm(Scope scope, long id, List<String> problems, Map<String, String> values) {
        Dossier d = dossiers.dossier(scope, id);
        if (!d.can().editOwn()) {
            throw new AccessDeniedException("Only the rep edits their motivations and aspirations");
        }
        return new FormPage(d.rep(), true, null, d.competencies(), d.motivations(), d.aspirations(), problems, values);
    }

    /** An API-style error ("targetBy: …") as a form shows it ("By when: …"). */
    private static String friendly(String error) {
        return error.replaceFirst("^targetRole:", "Target role:").replaceFirst("^targetBy:", "By when:")
                .replaceFirst("^actions\\[(\\d+)\\]\\.text:", "Action $1:").replaceFirst("^drivers(\\[\\d+\\])?(\\.\\w+)?:", "Drivers:")
                .replaceFirst("^version:", "Reload the page:");
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

}
