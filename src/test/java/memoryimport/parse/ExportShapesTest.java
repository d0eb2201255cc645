package memoryimport.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import memoryimport.model.Entry;
import org.junit.jupiter.api.Test;

/**
 * Every export shape under {@code src/test/resources/parse/shapes}, read through the format its name selects, gives
 * exactly the entries listed in {@code expected.csv} there: file, line, user, date, heading and text, or the reason
 * an entry or a whole file cannot be read. Add a shape by adding a file and its rows.
 */
class ExportShapesTest {

    private static final Path SHAPES = Path.of("src/test/resources/parse/shapes");

    @Test
    void everyShapeReadsToExactlyTheExpectedEntries() throws Exception {
        // given
        List<String> expected = expectedRows();

        // when
        List<String> actual = new ArrayList<>();
        try (Stream<Path> files = Files.list(SHAPES)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("expected.csv")).sorted().toList()) {
                actual.addAll(rowsOf(file));
            }
        }

        // then
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> rowsOf(Path file) throws IOException {
        String name = file.getFileName().toString();
        ExportFormat format = new ExportFormats().forFileName(name).orElseThrow();
        List<String> rows = new ArrayList<>();
        try (EntryCursor cursor = format.open(new ExportSource(file, "shapes/" + name, "shapes"))) {
            for (Entry e = cursor.next(); e != null; e = cursor.next()) {
                rows.add(row(name, e.line(), e.userId(), e.savedAt(), e.isInvalid() ? null : e.heading(),
                        e.text(), e.isInvalid() ? e.invalidReason() : ""));
            }
        } catch (UnreadableExportException e) {
            rows.add(row(name, 0, "", null, null, "", "unreadable: " + e.getMessage()));
        }
        return rows;
    }

    /** Reasons are compared on their first 20 characters, so a reworded explanation does not break the test. */
    private static List<String> expectedRows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (CSVReader csv = new CSVReader(Files.newBufferedReader(SHAPES.resolve("expected.csv"), StandardCharsets.UTF_8))) {
            csv.readNext();
            for (String[] r = csv.readNext(); r != null; r = csv.readNext()) {
                rows.add(row(r[0], Integer.parseInt(r[1]), r[2], r[3], r[4], r[5], r[6]));
            }
        }
        return rows;
    }

    private static String row(String file, int line, String user, String savedAt, String heading, String text,
                              String invalid) {
        String reason = invalid == null || invalid.isEmpty() ? "" : invalid.substring(0, Math.min(invalid.length(), 20));
        return String.join(" | ", file, String.valueOf(line), user, Objects.toString(savedAt, "").isEmpty() ? "-" : savedAt,
                Objects.toString(heading, "").isEmpty() ? "-" : heading, text, reason);
    }
}
