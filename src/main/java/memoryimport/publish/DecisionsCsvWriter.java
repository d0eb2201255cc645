package memoryimport.publish;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import memoryimport.model.Decision;

/** decisions.csv: one row for every entry read, in the contract's columns. */
public final class DecisionsCsvWriter implements AutoCloseable {

    public static final String[] HEADER = {"entry_id", "user_id", "source_file", "line", "saved_at", "decision",
            "category", "reason", "duplicate_of", "text", "replaces"};

    private final ICSVWriter csv;

    public DecisionsCsvWriter(Path file) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\n");
        csv.writeNext(HEADER, false);
    }

    public void write(Decision d) {
        csv.writeNext(new String[] {
                d.entryId(),
                SpreadsheetSafe.cell(d.entry().userId()),
                SpreadsheetSafe.cell(d.entry().sourceFile()),
                Integer.toString(d.entry().line()),
                d.entry().savedAt() == null ? "" : d.entry().savedAt(),
                d.decision().word(),
                d.category() == null ? "" : d.category(),
                SpreadsheetSafe.cell(d.reason()),
                d.duplicateOf() == null ? "" : d.duplicateOf(),
                SpreadsheetSafe.cell(d.entry().text()),
                d.replaces() == null ? "" : d.replaces()}, false);
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
