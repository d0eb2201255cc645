package memoryimport.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import memoryimport.model.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A streamed export (CSV, JSONL) decides its dates' day/month order from its first characters, as a text export does
 * from its whole text, and looking at them changes nothing else about how it is read.
 */
class StreamedDateOrderTest {

    @TempDir
    Path dir;

    @Test
    void aCsvReadsMonthFirstWhenItsFirstDatesShowIt() throws Exception {
        Path file = write("us.csv", "user,memory,date\nu,Prefers tabs,5/1/2024\nu,Uses Go,5/13/2024\n");

        assertThat(dates(new BulkCsvFormat(), file)).containsExactly("2024-05-01", "2024-05-13");
    }

    @Test
    void aCsvReadsDayFirstOtherwise() throws Exception {
        Path file = write("eu.csv", "user;memory;date\nu;Prefers tabs;5/1/2024\nu;Uses Go;25/1/2024\n");

        assertThat(dates(new BulkCsvFormat(), file)).containsExactly("2024-01-05", "2024-01-25");
    }

    @Test
    void aJsonlFileReadsMonthFirstWhenItsDatesShowIt() throws Exception {
        Path file = write("us.jsonl", "{\"text\": \"Prefers tabs\", \"date\": \"5/1/2024\"}\n"
                + "{\"text\": \"Uses Go\", \"date\": \"5/13/2024\"}\n");

        assertThat(dates(new JsonLinesFormat(), file)).containsExactly("2024-05-01", "2024-05-13");
    }

    @Test
    void bytesThatAreNotTextAfterTheHeaderStillStopTheReadWhereTheyAre() throws Exception {
        // past the first characters looked at, so the header and the rows before are read
        byte[] head = ("user,memory,date\n" + "u,Prefers tabs,5/1/2024\n".repeat(BulkCsvFormat.PREFIX_LIMIT / 20))
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'u', ',', (byte) 0xE9, 't', 'e', ',', '1', '\n'};
        Path file = dir.resolve("bad.csv");
        Files.write(file, concat(head, bad));

        List<Entry> read = new ArrayList<>();
        try (EntryCursor cursor = new BulkCsvFormat().open(new ExportSource(file, "bad.csv", null))) {
            assertThatThrownBy(() -> {
                for (Entry e = cursor.next(); e != null; e = cursor.next()) {
                    read.add(e);
                }
            }).isInstanceOf(IOException.class);
        }
        assertThat(read).isNotEmpty().allMatch(e -> e.text().equals("Prefers tabs") && "2024-01-05".equals(e.savedAt()));
    }

    @Test
    void bytesThatAreNotTextAmongTheFirstCharactersLeaveTheCsvUnreadable() throws Exception {
        Path file = dir.resolve("bad-early.csv");
        Files.write(file, concat("user,memory,date\nu,Prefers tabs,5/1/2024\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {'u', ',', (byte) 0x9D, (byte) 0x81, 't', 'e', ',', '1', '\n'}));

        assertThatThrownBy(() -> new BulkCsvFormat().open(new ExportSource(file, "bad-early.csv", null)))
                .isInstanceOf(UnreadableExportException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void aHeaderThatIsNotTextLeavesTheCsvUnreadable() throws Exception {
        Path file = dir.resolve("bad-header.csv");
        Files.write(file, new byte[] {'u', 's', (byte) 0x9D, (byte) 0x81, 'r', ',', 'm', 'e', 'm', 'o', 'r', 'y', '\n'});

        assertThatThrownBy(() -> new BulkCsvFormat().open(new ExportSource(file, "bad-header.csv", null)))
                .isInstanceOf(UnreadableExportException.class).hasMessageContaining("not valid UTF-8");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> dates(ExportFormat format, Path file) throws Exception {
        List<String> dates = new ArrayList<>();
        try (EntryCursor cursor = format.open(new ExportSource(file, file.getFileName().toString(), null))) {
            for (Entry e = cursor.next(); e != null; e = cursor.next()) {
                dates.add(e.savedAt());
            }
        }
        return dates;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
