package dev.frontline.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.imports.ImportFile;
import dev.frontline.organization.Member;
import dev.frontline.organization.Title;
import dev.frontline.pipeline.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small rules of CRM imports: stage suggestions, owner look-up, layout recognition and column mapping. */
class CrmMappingRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Closed Won, WON", "closedwon, WON", "Closed - Won, WON", "Closed Lost, LOST", "closedlost, LOST",
            "Negotiation/Review, OPEN", "Appointment Scheduled, OPEN"})
    void suggestsAnOutcomeFromTheStageName(String stage, Outcome outcome) {
        assertThat(CrmValidation.suggest(stage, row(Map.of()))).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "IsWon={0} IsClosed={1} → {2}")
    @CsvSource({"true, true, WON", "false, true, LOST", "false, false, OPEN", "TRUE, true, WON"})
    void suggestsAnOutcomeFromASalesforceExportsFlags(String isWon, String isClosed, Outcome outcome) {
        assertThat(CrmValidation.suggest("Closed Lost", row(Map.of("iswon", isWon, "isclosed", isClosed))))
                .isEqualTo(outcome);
    }

    @Test
    void findsAnOwnerByUsernameNameOrEmailInAnyCase() {
        OwnerDirectory people = new OwnerDirectory(List.of(
                new Member(7, "cara.losch", "Cara Losch", "Cara", "Losch", Title.MANAGER, null, null, null, null)));

        assertThat(List.of("cara.losch", "CARA.LOSCH", "Cara Losch", " cara  losch ", "cara.losch@acme.com",
                "Cara Losch <Cara.Losch@acme.com>", "Cara (cara.losch@acme.com)"))
                .allSatisfy(value -> assertThat(people.find(value)).as(value).contains(7L));
        assertThat(List.of("0055x00000AbCdE", "cara", "losch", "someone.else@acme.com"))
                .allSatisfy(value -> assertThat(people.find(value)).as(value).isEmpty());
    }

    @Test
    void knowsPeopleATeamFileOfTheSameBatchBrings() {
        OwnerDirectory people = new OwnerDirectory(List.of());
        people.addUnsaved("Zoë Newrep");

        assertThat(people.find("zoe.newrep")).contains(OwnerDirectory.UNSAVED);
        assertThat(people.find("Zoë Newrep")).contains(OwnerDirectory.UNSAVED);
    }

    @Test
    void recognisesTheCrmLayoutsByTheirHeader() {
        assertThat(Layout.recognise(List.of("opportunity owner", "account name", "stage", "amount", "opportunity id")))
                .contains(Layout.SALESFORCE_REPORT);
        assertThat(Layout.recognise(List.of("id", "accountid", "name", "stagename", "amount", "ownerid")))
                .contains(Layout.SALESFORCE_EXPORT);
        assertThat(Layout.recognise(List.of("record id", "deal name", "deal stage", "deal owner", "pipeline")))
                .contains(Layout.HUBSPOT_DEALS);
        assertThat(Layout.recognise(List.of("deal id", "rep", "status"))).isEmpty();
    }

    @Test
    void readsAMappingOfFieldsToColumnsInAnyCase() {
        CsvTable table = table("Deal ID,Rep,Status,Value\n1,a,b,2\n");

        ColumnMap columns = ColumnMap.mapped(table, Map.of("id", "deal id", "OWNER", "Rep", "stage", "STATUS",
                "close_date", "", "amount", "Value"));

        assertThat(columns.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(DealField.ID, "deal id",
                DealField.OWNER, "rep", DealField.STAGE, "status", DealField.AMOUNT, "value"));
    }

    @Test
    void refusesAMappingThatNamesAMissingColumnOrLacksARequiredField() {
        CsvTable table = table("Deal ID,Rep,Status\n1,a,b\n");

        assertThatThrownBy(() -> ColumnMap.mapped(table, Map.of("id", "Deal ID", "owner", "Rep", "stage", "Phase")))
                .hasMessageContaining("'Phase', which is not a column");
        assertThatThrownBy(() -> ColumnMap.mapped(table, Map.of("id", "Deal ID", "owner", "Rep")))
                .hasMessageContaining("needs a column for stage");
        assertThatThrownBy(() -> ColumnMap.mapped(table, Map.of("identifier", "Deal ID")))
                .hasMessageContaining("names the field 'identifier'");
    }

    @Test
    void suggestsColumnsForAHeaderNoLayoutKnows() {
        assertThat(ColumnMap.suggest(List.of("deal id", "title", "customer", "rep", "status", "value", "expected close")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(DealField.ID, "deal id", DealField.NAME, "title",
                        DealField.ACCOUNT, "customer", DealField.OWNER, "rep", DealField.STAGE, "status",
                        DealField.AMOUNT, "value", DealField.CLOSE_DATE, "expected close"));
    }

    @Test
    void dropsTheFooterOfASalesforceReport() {
        CsvTable table = table("\"Opportunity ID\",\"Stage\"\n\"1\",\"Won\"\n\n\"Copyright (c) salesforce.com\"\n"
                + "\"Generated By:  Admin\"\n");

        assertThat(table.withoutFooter().rows()).hasSize(1);
    }

    private static CsvTable.Row row(Map<String, String> values) {
        return new CsvTable.Row(2, values, values.size());
    }

    private static CsvTable table(String csv) {
        try {
            return CsvTable.read(new ImportFile("t.csv", csv.getBytes(StandardCharsets.UTF_8)));
        } catch (CsvTable.Unreadable e) {
            throw new AssertionError(e);
        }
    }
}
