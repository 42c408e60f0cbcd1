package dev.frontline.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import needs the admin to map before it can write anything (answered by an {@link ImportMapping}).
 * Columns come first: while a file's columns are unmapped, its stages and owners cannot be read.
 *
 * @param stages  stage names Frontline does not know, each with the outcome suggested for it
 * @param owners  owner values that name no known person
 * @param columns files whose header matches no known layout
 * @param defaults fields some files have no column for, whose value every row of those files can be given
 * @param dates    date columns whose values more than one format reads ({@code 03/04/24}): which format is it?
 */
public record MappingRequest(List<StageQuestion> stages, List<OwnerQuestion> owners, List<ColumnQuestion> columns,
                             List<DefaultQuestion> defaults, List<DateQuestion> dates) {

    public MappingRequest(List<StageQuestion> stages, List<OwnerQuestion> owners, List<ColumnQuestion> columns) {
        this(stages, owners, columns, List.of(), List.of());
    }

    /**
     * A date column of a file that more than one format reads.
     *
     * @param column   the column as the file spells it
     * @param formats  the formats that read all its values ({@code "MM/DD/YY"}, {@code "DD/MM/YY"})
     * @param examples some of its values
     */
    public record DateQuestion(String file, String column, List<String> formats, List<String> examples) {
    }

    /**
     * A field ({@code owner}, {@code product}, {@code stage}) the files name have no column for: a default gives
     * every row of them the same value.
     *
     * @param required whether rows cannot be imported without it (an owner, a stage)
     */
    public record DefaultQuestion(String field, String label, List<String> files, boolean required) {
    }

    /**
     * A stage to map to an outcome.
     *
     * @param suggestedOutcome {@code open}, {@code won} or {@code lost}
     * @param rows             how many rows of the batch name it
     */
    public record StageQuestion(String name, String suggestedOutcome, int rows) {
    }

    /** An owner value to map to a person; {@code rows} counts the rows that name it. */
    public record OwnerQuestion(String value, int rows) {
    }

    /** A file whose columns to map: its header as the file spells it, and the fields to map them to. */
    public record ColumnQuestion(String file, List<String> header, List<FieldQuestion> fields) {
    }

    /**
     * A field of Frontline's to map a column to.
     *
     * @param field           the name a mapping uses ({@code id}, {@code owner}, {@code closeDate}, …)
     * @param suggestedColumn the column that looks like it, if any, as the header spells it
     */
    public record FieldQuestion(String field, String label, boolean required, @Nullable String suggestedColumn) {
    }
}
