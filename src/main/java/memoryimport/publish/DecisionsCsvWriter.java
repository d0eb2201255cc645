package memoryimport.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import memoryimport.model.Decision;

/**
 * decisions.csv: one row for every entry read, in the contract's columns. RFC 4180 as opencsv writes it: a cell is
 * quoted when it holds a quote, comma or line break, a quote inside doubled, lines end with LF. Lines are built in one
 * buffer, with no array of cells and no scan per special character, and written some 64 KB at a time.
 */
public final class DecisionsCsvWriter implements AutoCloseable {

    public static final String[] HEADER = {"entry_id", "user_id", "source_file", "line", "saved_at", "decision",
            "category", "reason", "duplicate_of", "text", "replaces"};

    private static final int WRITE_AT = 1 << 16;

    private final OutputStream out;
    private final StringBuilder lines = new StringBuilder(WRITE_AT + 4096);

    public DecisionsCsvWriter(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
        for (String name : HEADER) {
            cell(name);
        }
        endLine();
    }

    public void write(Decision d) {
        cell(d.entryId());
        cell(SpreadsheetSafe.cell(d.entry().userId()));
        cell(SpreadsheetSafe.cell(d.entry().sourceFile()));
        lines.append(d.entry().line()).append(',');
        cell(d.entry().savedAt());
        cell(d.decision().word());
        cell(d.category());
        cell(SpreadsheetSafe.cell(d.reason()));
        cell(d.duplicateOf());
        cell(SpreadsheetSafe.cell(d.entry().text()));
        cell(d.replaces());
        endLine();
    }

    /** One cell and its separator; null is an empty cell. */
    private void cell(String value) {
        if (value != null) {
            if (needsQuotes(value)) {
                lines.append('"');
                int from = 0;
                for (int q = value.indexOf('"'); q >= 0; q = value.indexOf('"', q + 1)) {
                    lines.append(value, from, q + 1).append('"');
                    from = q + 1;
                }
                lines.append(value, from, value.length()).append('"');
            } else {
                lines.append(value);
            }
        }
        lines.append(',');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == ',' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void endLine() {
        // the last cell's separator becomes the line end
        lines.setCharAt(lines.length() - 1, '\n');
        if (lines.length() >= WRITE_AT) {
            flushLines();
        }
    }

    private void flushLines() {
        try {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.setLength(0);
    }

    @Override
    public void close() {
        flushLines();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
