package dev.frontline.people.web;

import dev.frontline.organization.Member;
import dev.frontline.people.Aspirations;
import dev.frontline.people.Checklist;
import dev.frontline.people.Competency;
import dev.frontline.people.Dossier;
import dev.frontline.people.Finding;
import dev.frontline.people.Motivations;
import dev.frontline.people.Outlook;
import dev.frontline.people.PrivateNote;
import dev.frontline.people.Rating;
import dev.frontline.people.Remark;
import dev.frontline.people.SkillsMap;
import dev.frontline.people.Standing;
import dev.frontline.people.Topic;
import dev.frontline.results.Breakdown;
import dev.frontline.results.Figures;
import dev.frontline.results.RepRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON the dossier API answers. */
final class DossierJson {

    private DossierJson() {
    }

    record RepRef(long id, String username, String displayName, String title, @Nullable Long teamId,
                  @Nullable String team, @Nullable String region) {
        static RepRef of(Member m) {
            return new RepRef(m.id(), m.username(), m.displayName(), m.title().name(), m.teamId(), m.team(), m.region());
        }
    }

    record Body(RepRef rep, String access, boolean demo, List<CompetencyJson> competencies, List<FindingJson> strengths,
                List<FindingJson> weaknesses, String evidenceNote, Pinned pinned, List<DriverJson> motivations,
                @Nullable Integer motivationsVersion, @Nullable String motivationsComment,
                @Nullable AspirationsJson aspirations, List<PeriodJson> performance, @Nullable OutlookJson outlook,
                @Nullable ChecklistJson onboarding) {

        static Body of(Dossier d) {
            boolean full = !d.peer();
            Dossier.Performance p = d.performance();
            return new Body(RepRef.of(d.rep()), d.access().name(), d.demo(),
                    d.competencies().stream().map(CompetencyJson::of).toList(),
                    d.strengths().stream().map(f -> FindingJson.of(f, d.isShared(f))).toList(),
                    d.weaknesses().stream().map(f -> FindingJson.of(f, false)).toList(), d.evidenceNote(),
                    new Pinned(text(d.remark(Topic.STRENGTHS)), text(d.remark(Topic.WEAKNESSES)),
                            d.remarkVersion(Topic.STRENGTHS), d.remarkVersion(Topic.WEAKNESSES)),
                    d.motivations().drivers().stream().map(DriverJson::of).toList(),
                    full ? d.motivations().version() : null, text(d.remark(Topic.MOTIVATIONS)),
                    full ? AspirationsJson.of(d.aspirations(), text(d.remark(Topic.ASPIRATIONS))) : null,
                    p == null ? List.of() : p.record().periods().stream().map(PeriodJson::of).toList(),
                    p == null ? null : OutlookJson.of(p.outlook()),
                    d.onboarding() == null ? null : ChecklistJson.of(d.onboarding()));
        }
    }

    /** The manager's words beside strengths and weaknesses, with the versions an edit sends (0: none yet). */
    record Pinned(@Nullable String strengths, @Nullable String weaknesses, int strengthsVersion, int weaknessesVersion) {
    }

    record CompetencyJson(String key, String name, @Nullable Integer managerRating, @Nullable Integer selfRating,
                          @Nullable Instant ratedAt, @Nullable Instant managerRatedAt, @Nullable Instant selfRatedAt,
                          @Nullable String managerNote, @Nullable String selfNote, @Nullable Integer gap,
                          boolean largeGap) {
        static CompetencyJson of(Standing s) {
            Rating m = s.manager();
            Rating self = s.self();
            return new CompetencyJson(s.competency().key(), s.competency().name(), m == null ? null : m.level(),
                    self == null ? null : self.level(), s.ratedAt(), m == null ? null : m.ratedAt(),
                    self == null ? null : self.ratedAt(), m == null ? null : m.note(), self == null ? null : self.note(),
                    s.gap(), s.largeGap());
        }
    }

    record FindingJson(String key, String title, String evidence, String source, boolean shared) {
        static FindingJson of(Finding f, boolean shared) {
            return new FindingJson(f.key(), f.title(), f.evidence(), f.source().name(), shared);
        }
    }

    record DriverJson(String driver, String label, int rank, @Nullable String note) {
        static DriverJson of(Motivations.Choice c) {
            return new DriverJson(c.driver().name(), c.driver().label(), c.rank(), c.note());
        }
    }

    record AspirationsJson(@Nullable String targetRole, @Nullable String targetBy, List<Aspirations.Action> actions,
                           int version, @Nullable String managerComment) {
        static AspirationsJson of(Aspirations a, @Nullable String comment) {
            return new AspirationsJson(a.targetRole(), a.targetBy(), a.actions(), a.version(), comment);
        }
    }

    record PeriodJson(String period, BigDecimal wonRevenue, @Nullable BigDecimal quota, @Nullable BigDecimal attainment,
                      int won, int lost, @Nullable BigDecimal winRate, @Nullable BigDecimal avgWonDeal,
                      @Nullable BigDecimal medianCycleDays, @Nullable BigDecimal percentile, @Nullable TeamJson team,
                      List<SliceJson> byProduct, List<SliceJson> bySector) {
        static PeriodJson of(RepRecord.Period p) {
            Figures f = p.figures();
            return new PeriodJson(p.period().toString(), f.wonRevenue(), f.quota(), f.attainment(), f.won(), f.lost(),
                    f.winRate(), f.avgWonDeal(), f.medianCycleDays(), p.percentile(),
                    p.team() == null ? null : TeamJson.of(p.team()),
                    p.byProduct().stream().map(SliceJson::of).toList(), p.bySector().stream().map(SliceJson::of).toList());
        }
    }

    record TeamJson(BigDecimal wonRevenue, @Nullable BigDecimal attainment, @Nullable BigDecimal winRate,
                    @Nullable BigDecimal avgWonDeal, @Nullable BigDecimal medianCycleDays) {
        static TeamJson of(Figures f) {
            return new TeamJson(f.wonRevenue(), f.attainment(), f.winRate(), f.avgWonDeal(), f.medianCycleDays());
        }
    }

    record SliceJson(String key, BigDecimal wonRevenue, int won, int lost, @Nullable BigDecimal winRate) {
        static SliceJson of(Breakdown b) {
            return new SliceJson(b.key(), b.wonRevenue(), b.won(), b.lost(), b.winRate());
        }
    }

    record OutlookJson(String period, String headline, List<String> reasons, @Nullable BigDecimal expected,
                       @Nullable BigDecimal low, @Nullable BigDecimal high, String direction, String variability) {
        static OutlookJson of(Outlook o) {
            return new OutlookJson(o.period(), o.headline(), o.reasons(), o.expected(), o.low(), o.high(),
                    o.direction().name(), o.variability().name());
        }
    }

    record ChecklistJson(String team, @Nullable String fromTeam, Instant openedAt, List<Checklist.Item> items) {
        static ChecklistJson of(Checklist c) {
            return new ChecklistJson(c.team(), c.fromTeam(), c.openedAt(), c.items());
        }
    }

    record RemarkJson(String topic, String text, String author, Instant updatedAt, int version) {
        static RemarkJson of(Remark r) {
            return new RemarkJson(r.topic().path(), r.text(), r.author(), r.updatedAt(), r.version());
        }
    }

    record NoteJson(long id, String author, String text, Instant createdAt, Instant updatedAt, int version) {
        static NoteJson of(PrivateNote n) {
            return new NoteJson(n.id(), n.author(), n.text(), n.createdAt(), n.updatedAt(), n.version());
        }
    }

    record CompetencyDefinition(String key, String name, String description, List<String> levels, int position,
                                boolean active, int version) {
        static CompetencyDefinition of(Competency c) {
            return new CompetencyDefinition(c.key(), c.name(), c.description(), c.levels(), c.position(), c.active(),
                    c.version());
        }
    }

    record Skills(long teamId, String team, List<CompetencyRef> competencies, List<SkillsRow> reps,
                  List<ColumnJson> teamStrengths, List<ColumnJson> teamGaps, List<PairingJson> pairings,
                  List<FlagJson> largeGaps, int largeGapLevels, boolean demo) {
        static Skills of(SkillsMap m) {
            return new Skills(m.team().id(), m.team().name(),
                    m.competencies().stream().map(c -> new CompetencyRef(c.key(), c.name())).toList(),
                    m.rows().stream().map(r -> new SkillsRow(RepRef.of(r.rep()), r.cells())).toList(),
                    m.strengths().stream().map(ColumnJson::of).toList(), m.gaps().stream().map(ColumnJson::of).toList(),
                    m.pairings().stream().map(PairingJson::of).toList(),
                    m.flags().stream().map(f -> new FlagJson(RepRef.of(f.rep()), f.competency().key(), f.manager(),
                            f.self(), f.direction())).toList(), Standing.LARGE_GAP, m.demo());
        }
    }

    record CompetencyRef(String key, String name) {
    }

    record SkillsRow(RepRef rep, List<SkillsMap.Cell> ratings) {
    }

    record ColumnJson(String key, String name, @Nullable BigDecimal average, int rated, int strong, int weak, String why) {
        static ColumnJson of(SkillsMap.Column c) {
            return new ColumnJson(c.competency().key(), c.competency().name(), c.average(), c.rated(), c.strong(),
                    c.weak(), c.why());
        }
    }

    record PairingJson(String key, String competency, RepRef mentor, int mentorLevel, List<LearnerJson> learners) {
        static PairingJson of(SkillsMap.Pairing p) {
            return new PairingJson(p.competency().key(), p.competency().name(), RepRef.of(p.mentor()), p.mentorLevel(),
                    p.learners().stream().map(l -> new LearnerJson(RepRef.of(l.rep()), l.level())).toList());
        }
    }

    record LearnerJson(RepRef rep, int level) {
    }

    record FlagJson(RepRef rep, String key, int managerRating, int selfRating, String direction) {
    }

    static @Nullable String text(@Nullable Remark r) {
        return r == null ? null : r.text();
    }
}
