package dev.frontline.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL 17 whose files live under {@code frontline.embedded.data-directory}
 * ({@code ./data/postgres}) and survive restarts. Used only when no {@code spring.datasource.url} is given.
 * Durable unless {@code frontline.embedded.durable=false} (the test profile's choice); a postmaster left running by
 * a Frontline that was killed is stopped before the new one starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${frontline.embedded.data-directory:./data/postgres}") String directory,
                                      @Value("${frontline.embedded.clean:false}") boolean clean,
                                      @Value("${frontline.embedded.port:0}") int port,
                                      @Value("${frontline.embedded.durable:true}") boolean durable) throws IOException {
        return EmbeddedDatabase.start(new EmbeddedDatabase.Settings(Path.of(directory), clean, port, durable));
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("frontline-embedded");
        return new HikariDataSource(config);
    }
}
