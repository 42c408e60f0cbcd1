package dev.frontline.forecast.internal;

import dev.frontline.forecast.ForecastCategory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forecast category of each open deal that has one, keyed by the opportunity's id. */
@Repository
public class CategoryStore {

    private final JdbcClient jdbc;

    CategoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void set(long opportunityId, ForecastCategory category, String by, Instant at) {
        jdbc.sql("""
                        insert into forecast_category (opportunity_id, category, set_by, set_at)
                        values (:id, :category, :by, :at)
                        on conflict (opportunity_id) do update
                           set category = excluded.category, set_by = excluded.set_by, set_at = excluded.set_at
                        """)
                .param("id", opportunityId).param("category", category.name()).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    public Map<Long, ForecastCategory> of(Collection<Long> opportunityIds) {
        Map<Long, ForecastCategory> out = new HashMap<>();
        if (opportunityIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select opportunity_id, category from forecast_category where opportunity_id = any(:ids)")
                .param("ids", opportunityIds.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong("opportunity_id"), ForecastCategory.valueOf(rs.getString("category")));
                });
        return out;
    }
}
