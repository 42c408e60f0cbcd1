package dev.frontline.forecast.internal;

import dev.frontline.forecast.ForecastCategory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forecast category of each open deal that has one, keyed by the opportunity's id. */
@Repository
public class CategoryStore {

    private final JdbcClient jdbc;

    CategoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sets a deal's category from the version the writer read: null sets it whatever it is, 0 only if it has none
     * ("expect absent"), another only if that is still current; answers whether it did.
     */
    public boolean set(long opportunityId, ForecastCategory category, String by, Instant at,
                       @Nullable Integer expectedVersion) {
        String sql = expectedVersion == null ? """
                insert into forecast_category (opportunity_id, category, set_by, set_at)
                values (:id, :category, :by, :at)
                on conflict (opportunity_id) do update
                   set category = excluded.category, set_by = excluded.set_by, set_at = excluded.set_at,
                       version = forecast_category.version + 1
                """ : expectedVersion == 0 ? """
                insert into forecast_category (opportunity_id, category, set_by, set_at)
                values (:id, :category, :by, :at) on conflict do nothing
                """ : """
                update forecast_category set category = :category, set_by = :by, set_at = :at, version = version + 1
                 where opportunity_id = :id and version = :v
                """;
        return jdbc.sql(sql).param("id", opportunityId).param("category", category.name()).param("by", by)
                .param("at", Timestamp.from(at)).param("v", expectedVersion).update() == 1;
    }

    /** The version of a deal's category; 0 when it has none. */
    public int version(long opportunityId) {
        return jdbc.sql("select version from forecast_category where opportunity_id = :id").param("id", opportunityId)
                .query(Integer.class).optional().orElse(0);
    }

    public Map<Long, Set> of(Collection<Long> opportunityIds) {
        Map<Long, Set> out = new HashMap<>();
        if (opportunityIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select opportunity_id, category, version from forecast_category where opportunity_id = any(:ids)")
                .param("ids", opportunityIds.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong("opportunity_id"),
                            new Set(ForecastCategory.valueOf(rs.getString("category")), rs.getInt("version")));
                });
        return out;
    }

    /** A deal's category as set, with the version a writer sends back to change it. */
    public record Set(ForecastCategory category, int version) {
    }
}
