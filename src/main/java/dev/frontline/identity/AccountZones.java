package dev.frontline.identity;

import dev.frontline.system.PersonZones;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The time zone of a person's login, for {@link PersonZones}. */
@Component
class AccountZones implements PersonZones {

    private final JdbcClient jdbc;

    AccountZones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ZoneId> zoneOf(long personId) {
        return jdbc.sql("select time_zone from user_account where person_id = :id and time_zone is not null limit 1")
                .param("id", personId).query(String.class).optional().map(ZoneId::of);
    }
}
