package dev.frontline.people.web;

import dev.frontline.people.AspirationsInput;
import dev.frontline.people.Competencies;
import dev.frontline.people.CompetencyInput;
import dev.frontline.people.Dossiers;
import dev.frontline.shared.InvalidInput;
import dev.frontline.people.MotivationsInput;
import dev.frontline.people.PrivateNotes;
import dev.frontline.people.RatingInput;
import dev.frontline.people.SkillsMaps;
import dev.frontline.people.Topic;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dossier API. Outside scope 404; in scope but not entitled 403; input that is well-formed but wrong 422 with
 * every problem listed in {@code errors}; malformed input 400; a stale version 409.
 */
@RestController
@RequestMapping("/api/v1")
class DossierApi {

    private final Dossiers dossiers;
    private final PrivateNotes notes;
    private final SkillsMaps skills;
    private final Competencies competencies;

    DossierApi(Dossiers dossiers, PrivateNotes notes, SkillsMaps skills, Competencies competencies) {
        this.dossiers = dossiers;
        this.notes = notes;
        this.skills = skills;
        this.competencies = competencies;
    }

    @GetMapping("/reps/{id}/dossier")
    @Operation(summary = "A rep's dossier: competencies, strengths and weaknesses with evidence, motivations, "
            + "aspirations, performance by quarter (peers get only the shared strengths)",
            description = "The rep themself, their manager, their director and the admin see it in full; a peer on "
                    + "the rep's team sees only the strengths the rep chose to share; anyone else 404.")
    DossierJson.Body dossier(Scope scope, @PathVariable long id) {
        return DossierJson.Body.of(dossiers.dossier(scope, id));
    }

    @PutMapping("/reps/{id}/ratings")
    @Operation(summary = "Rate competencies: [{key, level 1-5, note?}]",
            description = "The rep's manager rates as manager, the rep rates themself; others who see the rep 403, "
                    + "anyone else 404. An unknown or repeated key, a level outside 1–5 or a note too long 422 "
                    + "naming ratings[i]; every rating is dated and kept.")
    Map<String, Object> rate(Scope scope, @PathVariable long id, @RequestBody @Nullable List<RatingInput> ratings) {
        var rater = dossiers.rate(scope, id, ratings);
        return Map.of("rater", rater.name(), "competencies",
                DossierJson.Body.of(dossiers.dossier(scope, id)).competencies());
    }

    @PutMapping("/reps/{id}/motivations")
    @Operation(summary = "The rep's ranked drivers, most important first: {drivers:[{driver, note?}], version}",
            description = "The rep only: others who see the rep 403, anyone else 404. Drivers: EARNINGS, RECOGNITION, "
                    + "MASTERY, AUTONOMY, CAREER_GROWTH, COMPETITION, BELONGING, SECURITY; none, an unknown or a "
                    + "repeated one 422 naming drivers[i]. version is the one read (0 when none were saved), a stale "
                    + "one 409.")
    Map<String, Object> motivations(Scope scope, @PathVariable long id, @RequestBody MotivationsInput input) {
        var saved = dossiers.saveMotivations(scope, id, input);
        return Map.of("drivers", saved.drivers().stream().map(DossierJson.DriverJson::of).toList(),
                "version", saved.version());
    }

    @PutMapping("/reps/{id}/aspirations")
    @Operation(summary = "The rep's career goal: {targetRole, targetBy (2027-Q4), actions:[{text, done}], version}",
            description = "The rep only: others who see the rep 403, anyone else 404. A missing targetRole, a "
                    + "targetBy that is no period (2027-Q4) or more than 12 actions 422 naming the field; version is "
                    + "the one read (0 when none were saved), a stale one 409.")
    DossierJson.AspirationsJson aspirations(Scope scope, @PathVariable long id, @RequestBody AspirationsInput input) {
        return DossierJson.AspirationsJson.of(dossiers.saveAspirations(scope, id, input), null);
    }

    record RemarkInput(@Nullable String text, @Nullable Integer version) {
    }

    @PutMapping("/reps/{id}/remarks/{topic}")
    @Operation(summary = "The manager's words: pinned beside strengths or weaknesses, or a comment on motivations or aspirations",
            description = "topic: strengths, weaknesses, motivations or aspirations (another 422). The rep's manager "
                    + "only (others who see the rep 403, anyone else 404); empty text clears. version is the one "
                    + "read (0 when none was written), a stale one 409.")
    DossierJson.RemarkJson remark(Scope scope, @PathVariable long id, @PathVariable String topic,
                                  @RequestBody RemarkInput input) {
        return DossierJson.RemarkJson.of(dossiers.remark(scope, id, Topic.parse(topic), input.text(), input.version()));
    }

    record ShareInput(@Nullable List<String> keys) {
    }

    @PutMapping("/reps/{id}/shared-strengths")
    @Operation(summary = "The strengths (by key) the rep shows their peers; the rep only",
            description = "The rep only: others who see the rep 403, anyone else 404. The list replaces the shared "
                    + "set (empty shares nothing); a key that is not one of the rep's current strengths 422.")
    Map<String, Object> share(Scope scope, @PathVariable long id, @RequestBody ShareInput input) {
        return Map.of("keys", dossiers.share(scope, id, input.keys()));
    }

    @GetMapping("/reps/{id}/notes")
    @Operation(summary = "Private notes on a rep: the rep's manager and director only (404 for everyone else). Audited.",
            description = "Only the rep's manager and their director read them; anyone else, the rep included, gets "
                    + "404 and the refused attempt is audited. Every read is written to the audit log.")
    List<DossierJson.NoteJson> notes(Scope scope, @PathVariable long id) {
        return notes.read(scope, id).stream().map(DossierJson.NoteJson::of).toList();
    }

    record NoteInput(@Nullable String text, @Nullable Integer version) {
    }

    @PostMapping("/reps/{id}/notes")
    @Operation(summary = "Add a private note: {text}. Audited.",
            description = "The rep's manager or director, as for reading; anyone else 404 (the attempt audited). An "
                    + "empty text or one that is too long 422; answers 201 with the note and its Location, and the "
                    + "write is audited.")
    ResponseEntity<DossierJson.NoteJson> addNote(Scope scope, @PathVariable long id, @RequestBody NoteInput input) {
        var note = notes.add(scope, id, input.text());
        return ResponseEntity.created(URI.create("/api/v1/reps/" + id + "/notes/" + note.id()))
                .body(DossierJson.NoteJson.of(note));
    }

    @PutMapping("/reps/{id}/notes/{noteId}")
    @Operation(summary = "Edit one's own private note: {text, version}. Audited; a stale version 409.",
            description = "The rep's manager or director, as for reading (anyone else 404), and only the note's "
                    + "author (others 403). An empty or too long text 422; version is the one read, missing 422 and "
                    + "stale 409; the edit is audited.")
    DossierJson.NoteJson editNote(Scope scope, @PathVariable long id, @PathVariable long noteId,
                                  @RequestBody NoteInput input) {
        return DossierJson.NoteJson.of(notes.edit(scope, id, noteId, input.text(), input.version()));
    }

    @GetMapping("/teams/{id}/skills")
    @Operation(summary = "A team's skills map: reps × competencies (manager ratings), large self-rating gaps, "
            + "the team's strengths and gaps, pairing suggestions",
            description = "For the team's manager, its director and the admin; reps and anyone outside scope 404.")
    DossierJson.Skills skills(Scope scope, @PathVariable long id) {
        return DossierJson.Skills.of(skills.map(scope, id));
    }

    @GetMapping("/competencies")
    @Operation(summary = "The competency framework, with each level's description",
            description = "Any signed-in caller. Every competency with its position and version for editing, inactive "
                    + "ones included (active false).")
    List<DossierJson.CompetencyDefinition> competencies() {
        return competencies.all().stream().map(DossierJson.CompetencyDefinition::of).toList();
    }

    @PutMapping("/competencies/{key}")
    @Operation(summary = "Edit a competency: {name, description, levels[5], active, version} (admin only)",
            description = "Administrators only (everyone else 403); an unknown key 404. A missing name, a description "
                    + "over 300 characters or not exactly five levels 422 naming each field; version is required and "
                    + "is the one read, a stale one 409.")
    DossierJson.CompetencyDefinition editCompetency(Scope scope, @PathVariable String key,
                                                    @RequestBody CompetencyInput input) {
        return DossierJson.CompetencyDefinition.of(competencies.update(scope, key, input));
    }

    @PostMapping("/competencies")
    @Operation(summary = "Add a competency: {key, name, description, levels[5]} (admin only)",
            description = "Administrators only (everyone else 403). key: 2 to 40 lower-case letters, digits or "
                    + "underscores starting with a letter and not already in use, else 422 naming key; answers 201 "
                    + "with the competency and its Location.")
    ResponseEntity<DossierJson.CompetencyDefinition> addCompetency(Scope scope, @RequestBody CompetencyInput input) {
        var added = competencies.add(scope, input);
        return ResponseEntity.created(URI.create("/api/v1/competencies/" + added.key()))
                .body(DossierJson.CompetencyDefinition.of(added));
    }

}
