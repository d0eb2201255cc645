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

/** The seed export shape and the bulk CSV, read from real files. */
class SeedShapeParsingTest {

    @TempDir
    Path dir;

    @Test
    void fencedDatedLinesAreEntriesAndProseIsNot() throws Exception {
        Path file = write("chatgpt.md", """
                Here's everything I have saved about you:

                ```text
                ## Instructions
                [2024-05-01] - Prefers concise answers with code examples
                [March 4, 2024] - Uses Kotlin at work
                ```

                That is the complete set.
                """);

        List<Entry> entries = readAll(new ExportFormats().forFileName("chatgpt.md").orElseThrow(),
                new ExportSource(file, "sam/chatgpt.md", "sam"));

        assertThat(entries).extracting(Entry::line).containsExactly(5, 6);
        assertThat(entries.get(0)).isEqualTo(Entry.of("sam", "sam/chatgpt.md", 5, "2024-05-01", "Instructions",
                "Prefers concise answers with code examples"));
        assertThat(entries.get(1).savedAt()).isEqualTo("2024-03-04");
    }

    @Test
    void bulkCsvRowsStartOnTheirPhysicalLineAndRowsWithoutUserAreInvalid() throws Exception {
        Path file = write("bulk.csv", "user_id,saved_at,content\n"
                + "ana,2024-01-02,\"Writes release notes,\nevery Friday\"\n"
                + ",2024-01-03,No user here\n");

        List<Entry> entries = readAll(new BulkCsvFormat(), new ExportSource(file, "bulk.csv", null));

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).isEqualTo(Entry.of("ana", "bulk.csv", 2, "2024-01-02", null,
                "Writes release notes,\nevery Friday"));
        assertThat(entries.get(1).line()).isEqualTo(4);
        assertThat(entries.get(1).invalidReason()).contains("user");
    }

    @Test
    void aBulkCsvAtTheTopWithoutAUserColumnIsUnreadableWhileInAUsersFolderItIsThatUsers() throws Exception {
        Path file = write("memories.csv", "memory,date\nPrefers concise answers,2024-05-01\n");

        assertThatThrownBy(() -> readAll(new BulkCsvFormat(), new ExportSource(file, "memories.csv", null)))
                .isInstanceOf(UnreadableExportException.class)
                .hasMessageContaining("user column");
        assertThat(readAll(new BulkCsvFormat(), new ExportSource(file, "ana/memories.csv", "ana")))
                .containsExactly(Entry.of("ana", "ana/memories.csv", 2, "2024-05-01", null, "Prefers concise answers"));
    }

    @Test
    void theUserAJsonDocumentNamesIsItsUserOnlyOutsideAUsersFolder() throws Exception {
        Path file = write("export.json", "{\"user\": \"chloe.t\", \"memories\": [\"Uses Dovetail for research notes\"]}");

        assertThat(readAll(new JsonExportFormat(), new ExportSource(file, "export.json", null)))
                .extracting(Entry::userId).containsExactly("chloe.t");
        assertThat(readAll(new JsonExportFormat(), new ExportSource(file, "chloe-t/export.json", "chloe-t")))
                .extracting(Entry::userId).containsExactly("chloe-t");
    }

    @Test
    void textThatIsNotUtf8IsReadInTheLegacyEncodingItIsInAndSaysSo() throws Exception {
        // given: what Notepad saves as "ANSI" on a Western Windows
        Path file = dir.resolve("notepad.txt");
        Files.write(file, "\u2022 Caf\u00e9 owner \u2013 wants \u201cshort\u201d answers\n\u2022 Pays suppliers in \u20ac\n"
                .getBytes("windows-1252"));

        // when
        List<Entry> entries;
        String note;
        try (EntryCursor cursor = new TextExportFormat().open(new ExportSource(file, "u/notepad.txt", "u"))) {
            note = cursor.note();
            entries = new ArrayList<>();
            for (Entry e = cursor.next(); e != null; e = cursor.next()) {
                entries.add(e);
            }
        }

        // then
        assertThat(entries).extracting(Entry::text)
                .containsExactly("Caf\u00e9 owner \u2013 wants \u201cshort\u201d answers", "Pays suppliers in \u20ac");
        assertThat(note).contains("not UTF-8").contains("windows-1252");
    }

    @Test
    void textNeitherUtf8NorALegacyEncodingADetectorKnowsIsUnreadableWithAReason() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {'[', '2', '0', '2', '4', ']', ' ', '-', ' ', (byte) 0x9D, (byte) 0x81, ' ', 'o', 'k'});

        assertThatThrownBy(() -> new TextExportFormat().open(new ExportSource(file, "u/latin1.txt", "u")))
                .isInstanceOf(UnreadableExportException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void aUtf8ExportCarriesNoNote() throws Exception {
        Path file = write("export.md", "- Caf\u00e9 owner\n");

        try (EntryCursor cursor = new TextExportFormat().open(new ExportSource(file, "u/export.md", "u"))) {
            assertThat(cursor.note()).isNull();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<Entry> readAll(ExportFormat format, ExportSource source) throws Exception {
        List<Entry> entries = new ArrayList<>();
        try (EntryCursor cursor = format.open(source)) {
            for (Entry e = cursor.next(); e != null; e = cursor.next()) {
                entries.add(e);
            }
        }
        return entries;
    }
}
