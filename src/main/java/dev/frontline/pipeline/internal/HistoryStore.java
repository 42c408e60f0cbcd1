package dev.frontline.pipeline.internal;

import dev.frontline.pipeline.HistoryEntry;
import dev.frontline.pipeline.HistoryLine;
import java.sql.Timestamp;
import java.util.List;
import dev.frontline.system.FiscalCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pipeline's history ({@code opportunity_history}): every change of a deal's stage, amount, close date, owner,
 * forecast category or next step, from an import, an edit in Frontline or a CRM's history export. Values are text:
 * a stage by its name, an amount as a plain decimal ({@code 12345.00}), a date as {@code yyyy-MM-dd}, an owner by
 * the person's id, a forecast category by its name.
 */
@Repository
public class HistoryStore {

    private final JdbcClient jdbc;
    private final Staging staging;
    private final FiscalCalendar calendar;

    HistoryStore(JdbcClient jdbc, Staging staging, FiscalCalendar calendar) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.calendar = calendar;
    }

    /**
     * Records, with source {@code import} and the time now (the injected clock's, as every date Frontline keeps), each of stage, amount, close date and owner that the
     * staged import ({@code opportunity_import}) changes on a deal that already exists: one statement, before the
     * upsert that writes the changes. New deals record nothing.
     */
    void recordImportChanges() {
        jdbc.sql("""
                insert into opportunity_history (opportunity_id, changed_at, field, old_value, new_value, source)
                select o.id, :at, c.field, c.old_value, c.new_value, 'import'
                  from opportunity_import s
                  join opportunity o on o.external_id = s.external_id
                  join stage os on os.id = o.stage_id
                  join stage ns on ns.id = s.stage_id
                 cross join lateral (values
                        (1, 'stage', os.name, ns.name),
                        (2, 'amount', cast(cast(o.amount as numeric(14, 2)) as text),
                                      cast(cast(s.amount as numeric(14, 2)) as text)),
                        (3, 'close_date', to_char(o.close_date, 'YYYY-MM-DD'), to_char(s.close_date, 'YYYY-MM-DD')),
                        (4, 'owner', cast(o.owner_id as text), cast(s.owner_id as text))
                       ) as c(pos, field, old_value, new_value)
                 where c.old_value is distinct from c.new_value
                 order by s.ord, c.pos
                """).param("at", Timestamp.from(calendar.now())).update();
    }

    /** A change of one field of one deal. */
    public record Edit(long opportunityId, String field, @Nullable String oldValue, @Nullable String newValue) {
    }

    /** Changes made in Frontline (source {@code edit}) by one user at one time: one statement however many. */
    public void recordEdits(List<Edit> edits, java.time.Instant at, String username) {
        if (edits.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into opportunity_history (opportunity_id, changed_at, field, old_value, new_value, source,
                                                 changed_by)
                select e.id, :at, e.field, e.old_value, e.new_value, 'edit', :by
                  from unnest(cast(:ids as bigint[]), cast(:fields as text[]), cast(:olds as text[]),
                              cast(:news as text[])) with ordinality as e(id, field, old_value, new_value, ord)
                 order by e.ord
                """)
                .param("at", Timestamp.from(at)).param("by", username)
                .param("ids", edits.stream().map(Edit::opportunityId).toArray(Long[]::new))
                .param("fields", edits.stream().map(Edit::field).toArray(String[]::new))
                .param("olds", edits.stream().map(Edit::oldValue).toArray(String[]::new))
                .param("news", edits.stream().map(Edit::newValue).toArray(String[]::new))
                .update();
    }

    /**
     * Records a CRM's history (source {@code crm}) with a constant number of statements: the lines are copied into
     * a staging table, their external ids resolved to deals (lines of unknown deals are left out), and a change
     * already recorded — the same deal, field, time and new value, from any source — is not recorded again, nor is
     * one the lines repeat. A change an import noticed (source {@code import}, at the time of the import) that the
     * CRM's history dates earlier, with no other change of the field between, is replaced by the CRM's entry, so a
     * change is on the timeline once.
     *
     * @return how many changes were added
     */
    public int recordCrmHistory(List<HistoryLine> lines) {
        jdbc.sql("""
                create temp table history_import (
                    ord integer not null, external_id text not null, changed_at timestamptz not null,
                    field text not null, old_value text, new_value text
                ) on commit drop
                """).update();
        staging.copy("history_import", List.of("ord", "external_id", "changed_at", "field", "old_value", "new_value"),
                numbered(lines), n -> new Object[] {n.ord(), n.line().externalId(), n.line().changedAt(),
                        n.line().field(), n.line().oldValue(), n.line().newValue()});
        int added = jdbc.sql("""
                insert into opportunity_history (opportunity_id, changed_at, field, old_value, new_value, source)
                select id, changed_at, field, old_value, new_value, 'crm'
                  from (select distinct on (o.id, h.field, h.changed_at, h.new_value)
                               o.id, h.changed_at, h.field, h.old_value, h.new_value, h.ord
                          from history_import h
                          join opportunity o on o.external_id = h.external_id
                         where not exists (select 1 from opportunity_history e
                                            where e.opportunity_id = o.id and e.field = h.field
                                              and e.changed_at = h.changed_at
                                              and e.new_value is not distinct from h.new_value)
                         order by o.id, h.field, h.changed_at, h.new_value, h.ord) as firsts
                 order by ord
                """).update();
        jdbc.sql("""
                delete from opportunity_history i
                 using history_import h join opportunity o on o.external_id = h.external_id
                 where i.opportunity_id = o.id and i.source = 'import' and i.field = h.field
                   and i.new_value is not distinct from h.new_value and i.changed_at >= h.changed_at
                   and not exists (select 1 from opportunity_history b
                                    where b.opportunity_id = i.opportunity_id and b.field = i.field
                                      and b.changed_at > h.changed_at and b.changed_at < i.changed_at)
                """).update();
        jdbc.sql("drop table history_import").update();
        return added;
    }

    private record Numbered(int ord, HistoryLine line) {
    }

    private static List<Numbered> numbered(List<HistoryLine> lines) {
        return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> new Numbered(i, lines.get(i))).toList();
    }

    /** A deal's history, newest first (of changes at the same time, the last recorded first). */
    public List<HistoryEntry> of(long opportunityId) {
        return jdbc.sql("""
                        select id, changed_at, field, old_value, new_value, source, changed_by
                          from opportunity_history where opportunity_id = :id
                         order by changed_at desc, id desc
                        """).param("id", opportunityId)
                .query((rs, n) -> new HistoryEntry(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                        rs.getString("source"), rs.getString("changed_by")))
                .list();
    }

    /** One recorded change of a deal's stage. */
    public record StageChange(long opportunityId, java.time.LocalDate on, @Nullable String oldStage, String newStage) {
    }

    /**
     * Every stage change of the owners' deals recorded by the end of {@code today}, dated in {@code zone}, by deal
     * then oldest first: one statement however many deals.
     */
    public List<StageChange> stageChanges(java.util.Collection<Long> ownerIds, java.time.LocalDate today,
                                          java.time.ZoneId zone) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select h.opportunity_id, cast(timezone(:zone, h.changed_at) as date) as on_day,
                               h.old_value, h.new_value
                          from opportunity_history h
                          join opportunity o on o.id = h.opportunity_id
                         where o.owner_id = any(cast(:owners as bigint[])) and h.field = 'stage'
                           and h.new_value is not null
                           and cast(timezone(:zone, h.changed_at) as date) <= :today
                         order by h.opportunity_id, h.changed_at, h.id
                        """)
                .param("zone", zone.getId()).param("owners", ownerIds.toArray(Long[]::new))
                .param("today", today)
                .query((rs, n) -> new StageChange(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class),
                        rs.getString(3), rs.getString(4)))
                .list();
    }
}
