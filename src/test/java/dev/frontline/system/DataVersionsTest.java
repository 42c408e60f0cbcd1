package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import dev.frontline.shared.DataChanged;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DataVersionsTest {

    @Autowired
    DataVersions versions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FiscalCalendar calendar;

    @Test
    void aChangeCountsOnceItsTransactionCommits() {
        String team = DataChanged.team(900_001);
        long before = versions.version(team);
        long[] inside = new long[1];
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(DataChanged.teams(java.util.List.of(900_001L)));
            inside[0] = versions.version(team);
        });
        assertThat(inside[0]).as("inside, it matches nothing kept").isNegative();
        assertThat(versions.version(team)).isGreaterThan(before);
        long[] elsewhere = new long[1];
        transactions.executeWithoutResult(tx -> elsewhere[0] = versions.version(team));
        assertThat(elsewhere[0]).as("a transaction that changed nothing reads the committed version")
                .isEqualTo(versions.version(team));
    }

    @Test
    void aTransactionThatChangedSomethingReadsItAtAVersionThatMatchesNothing() {
        String team = DataChanged.team(900_008);
        String other = DataChanged.team(900_009);
        long[] seen = new long[4];
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(DataChanged.teams(java.util.List.of(900_008L)));
            seen[0] = versions.version(team);
            seen[1] = versions.version(team);
            seen[2] = versions.version(other);
            seen[3] = versions.version(other);
        });
        assertThat(seen[0]).as("what it changed").isNegative().isNotEqualTo(seen[1]);
        assertThat(seen[2]).as("what it did not change").isNotNegative().isEqualTo(seen[3]);
    }

    @Test
    void aTransactionSendsWhatItChangedInOneNotification() throws Exception {
        Statements.Count sent = Statements.during(() -> transactions.executeWithoutResult(tx -> {
            for (long team = 900_010; team < 900_013; team++) {
                events.publishEvent(DataChanged.teams(java.util.List.of(team)));
            }
        }));
        assertThat(sent.sql()).filteredOn(sql -> sql.contains("pg_notify")).hasSize(1);
        assertThat(versions.version(DataChanged.team(900_012))).isPositive();
    }

    @Test
    void aChangeRolledBackCountsNothing() {
        String team = DataChanged.team(900_002);
        long before = versions.version(team);
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(DataChanged.teams(java.util.List.of(900_002L)));
            tx.setRollbackOnly();
        });
        assertThat(versions.version(team)).isEqualTo(before);
    }

    @Test
    void otherSubjectsKeepTheirVersion() {
        long other = versions.version(DataChanged.team(900_004));
        events.publishEvent(DataChanged.teams(java.util.List.of(900_003L)));
        assertThat(versions.version(DataChanged.team(900_004))).isEqualTo(other);
    }

    @Test
    void everythingMovesEveryVersion() {
        long team = versions.version(DataChanged.team(900_005));
        long people = versions.version(DataChanged.person(900_006), DataChanged.ORGANIZATION);
        events.publishEvent(DataChanged.everything());
        assertThat(versions.version(DataChanged.team(900_005))).isGreaterThan(team);
        assertThat(versions.version(DataChanged.person(900_006), DataChanged.ORGANIZATION)).isGreaterThan(people);
    }

    @Test
    void anotherNodesChangeArrivesThroughTheDatabase() {
        await().atMost(Duration.ofSeconds(10)).until(versions::listening);
        String team = DataChanged.team(900_007);
        long before = versions.version(team);
        jdbc.sql("select pg_notify('frontline_data', 'another-node|' || :subject)").param("subject", team)
                .query().listOfRows();
        await().atMost(Duration.ofSeconds(10)).until(() -> versions.version(team) > before);
    }

    @Test
    void theFiscalSettingChangedByAnotherNodeIsReadAgain() {
        await().atMost(Duration.ofSeconds(10)).until(versions::listening);
        int first = calendar.firstMonth();
        int version = calendar.version();
        try {
            jdbc.sql("update fiscal_setting set first_month = :m, version = version + 1 where id = 1")
                    .param("m", first == 2 ? 3 : 2).update();
            assertThat(calendar.firstMonth()).as("kept until told").isEqualTo(first);
            jdbc.sql("select pg_notify('frontline_data', 'another-node|settings')").query().listOfRows();
            await().atMost(Duration.ofSeconds(10)).until(() -> calendar.firstMonth() != first);
        } finally {
            calendar.setFirstMonth(first, version + 1);
        }
        assertThat(calendar.firstMonth()).isEqualTo(first);
    }
}
