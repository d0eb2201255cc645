package memoryimport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.model.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionsCsvWriterTest {

    @TempDir
    Path dir;

    @Test
    void formulaCellsAreWrittenAsText() throws Exception {
        Path file = dir.resolve("decisions.csv");
        List<String> texts = List.of("=HYPERLINK(\"x\")", "+1+2", "-3", "@SUM(A1)", "\tTab", "\rCR", "plain");
        try (DecisionsCsvWriter w = new DecisionsCsvWriter(file)) {
            int line = 1;
            for (String t : texts) {
                w.write(new Decision(Entry.of("=cmd|user", "=path.md", line++, null, null, t), DecisionKind.KEPT,
                        "work", "@reason", null));
            }
        }
        try (Reader in = Files.newBufferedReader(file); CSVReader csv = new CSVReader(in)) {
            List<String[]> rows = csv.readAll();
            assertThat(rows).hasSize(texts.size() + 1);
            for (int i = 1; i < rows.size(); i++) {
                String[] row = rows.get(i);
                assertThat(row[1]).isEqualTo("'=cmd|user");
                assertThat(row[2]).isEqualTo("'=path.md");
                assertThat(row[7]).isEqualTo("'@reason");
                String text = row[9];
                assertThat(text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0).as(text).isTrue();
            }
            assertThat(rows.get(7)[9]).isEqualTo("plain");
        }
        assertThat(SpreadsheetSafe.cell("=1")).isEqualTo("'=1");
        assertThat(SpreadsheetSafe.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetSafe.cell("a=1")).isEqualTo("a=1");
        assertThat(SpreadsheetSafe.cell(null)).isEmpty();
    }

    @Test
    void cellsAreQuotedOnlyWhenTheyMustBe() throws Exception {
        Path file = dir.resolve("decisions.csv");
        try (DecisionsCsvWriter w = new DecisionsCsvWriter(file)) {
            w.write(new Decision(Entry.of("ann", "ann/a,b.md", 7, "2024-05-01", null, "Says \"hi\", twice\nthen \"\"bye\""),
                    DecisionKind.DUPLICATE, null, "exact repeat", "e0"));
            w.write(new Decision(Entry.of("ann", "ann/a.md", 8, null, null, "Plain text\r"), DecisionKind.KEPT, "tools",
                    "work", null, "e9", "old text"));
        }
        String id1 = Entry.of("ann", "ann/a,b.md", 7, null, null, "x").id();
        String id2 = Entry.of("ann", "ann/a.md", 8, null, null, "x").id();

        assertThat(Files.readString(file)).isEqualTo(String.join(",", DecisionsCsvWriter.HEADER) + "\n"
                + id1 + ",ann,\"ann/a,b.md\",7,2024-05-01,duplicate,,exact repeat,e0,"
                + "\"Says \"\"hi\"\", twice\nthen \"\"\"\"bye\"\"\",\n"
                + id2 + ",ann,ann/a.md,8,,kept,tools,work,,\"Plain text\r\",e9\n");
    }
}
