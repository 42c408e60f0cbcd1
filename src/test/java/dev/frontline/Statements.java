package dev.frontline;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends while {@link #during} runs — a MockMvc request runs on the
 * test's thread, so this is what one page or API call costs in round trips. Every integration test's data source
 * goes through it (one JDK proxy per connection; nothing is counted outside {@link #during}).
 *
 * <pre>{@code
 * Statements.Count count = Statements.during(() -> mvc.perform(get("/teams")));
 * assertThat(count.total()).isEqualTo(...);
 * }</pre>
 */
@TestConfiguration(proxyBeanMethods = false)
public class Statements {

    private static final Set<String> SENDING = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** What {@link #during} saw: each statement's SQL (or {@code <statement>} for a plain one), in order. */
    public record Count(List<String> sql) {
        public int total() {
            return sql.size();
        }

        @Override
        public String toString() {
            return sql.size() + " statements:\n  " + String.join("\n  ", sql);
        }
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs the work and counts the statements this thread prepared while it ran. */
    public static Count during(Work work) throws Exception {
        List<String> previous = RECORDING.get();
        List<String> seen = new ArrayList<>();
        RECORDING.set(seen);
        try {
            work.run();
        } finally {
            RECORDING.set(previous);
        }
        return new Count(List.copyOf(seen));
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && !(bean instanceof Counting) ? new Counting(source) : bean;
            }
        };
    }

    static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                record(method, args);
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Statements.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }

        private static void record(Method method, Object[] args) {
            List<String> seen = RECORDING.get();
            if (seen != null && SENDING.contains(method.getName())) {
                seen.add(args != null && args.length > 0 && args[0] instanceof String sql
                        ? sql.strip().replaceAll("\\s+", " ") : "<statement>");
            }
        }
    }
}
