package memoryimport.parse;

import java.util.Locale;
import java.util.Optional;

/** Chooses the export format for a file by its name. */
public final class ExportFormats {

    private final TextExportFormat text = new TextExportFormat();
    private final BulkCsvFormat csv = new BulkCsvFormat();
    private final JsonExportFormat json = new JsonExportFormat();
    private final JsonLinesFormat jsonLines = new JsonLinesFormat();

    /** The format that reads this file, or empty when no format does (the file is recorded as unsupported). */
    public Optional<ExportFormat> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return Optional.of(csv);
        }
        if (name.endsWith(".json")) {
            return Optional.of(json);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(jsonLines);
        }
        // a memory page saved from the browser is read as text: its list items are the entries, as in a reply
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md") || name.endsWith(".markdown")
                || name.endsWith(".html") || name.endsWith(".htm") || !name.contains(".")) {
            return Optional.of(text);
        }
        return Optional.empty();
    }
}
