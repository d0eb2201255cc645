package memoryimport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import memoryimport.publish.Overrides.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatTheReportDownloads() throws IOException {
        // as report.js writes it: every cell quoted, CRLF
        Path file = dir.resolve("overrides.csv");
        Files.writeString(file, "entry_id,decision,note\r\n\"e01\",\"keep\",\"work, not family\"\r\n"
                + "\"e02\",\"drop\",\"two\r\nlines and \"\"quotes\"\"\"\r\n\"e03\",\"keep\",\"\"\r\n");

        Overrides o = Overrides.read(file);

        assertThat(o.problems()).isEmpty();
        assertThat(o.byEntryId()).containsOnlyKeys("e01", "e02", "e03");
        assertThat(o.get("e01")).isEqualTo(new Overrides.Override("e01", Action.KEEP, "work, not family"));
        assertThat(o.get("e02")).isEqualTo(new Overrides.Override("e02", Action.DROP, "two\nlines and \"quotes\""));
        assertThat(o.get("e03").note()).isEmpty();
    }

    @Test
    void toleratesBomHeaderOrderMissingNoteAndSpreadsheetEdits() throws IOException {
        Path file = dir.resolve("overrides.csv");
        Files.write(file, ("\uFEFFnote,Decision,ENTRY_ID,extra\nok,KEEP ,e01,x\n\n,drop,e02\n")
                .getBytes(StandardCharsets.UTF_8));

        Overrides o = Overrides.read(file);

        assertThat(o.problems()).isEmpty();
        assertThat(o.get("e01")).isEqualTo(new Overrides.Override("e01", Action.KEEP, "ok"));
        assertThat(o.get("e02")).isEqualTo(new Overrides.Override("e02", Action.DROP, ""));
        assertThat(Overrides.parse("entry_id,decision\ne09,drop\n").get("e09").action()).isEqualTo(Action.DROP);
    }

    @Test
    void badRowsAreReportedWithTheirLineNotThrown() {
        Overrides o = Overrides.parse("entry_id,decision,note\n"
                + "e01,keep,\"a\nmultiline note\"\n"   // lines 2-3
                + "e02,maybe,hmm\n"                   // line 4
                + ",drop,no id\n"                     // line 5
                + "e03,drop,fine\n"                   // line 6
                + "e01,drop,changed my mind\n");      // line 7

        assertThat(o.byEntryId()).containsOnlyKeys("e01", "e03");
        assertThat(o.get("e01").action()).isEqualTo(Action.DROP);
        assertThat(o.problems()).extracting(Overrides.Problem::line).containsExactly(4, 5, 7);
        assertThat(o.problems().get(0).reason()).contains("maybe");
        assertThat(o.problems().get(1).reason()).contains("empty entry_id");
        assertThat(o.problems().get(2).reason()).contains("line 2");
    }

    @Test
    void missingColumnsAndUnclosedQuotesAreProblems() {
        assertThat(Overrides.parse("id,what\ne01,keep\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("entry_id"));
        assertThat(Overrides.parse("").byEntryId()).isEmpty();
        Overrides unclosed = Overrides.parse("entry_id,decision,note\ne01,keep,\"never closed\n");
        assertThat(unclosed.problems()).extracting(Overrides.Problem::line).containsExactly(2);
    }

    @Test
    void severalFilesLaterWins() throws IOException {
        Path main = dir.resolve("overrides.csv");
        Path page = dir.resolve("overrides-u3.csv");
        Files.writeString(main, "entry_id,decision,note\ne01,keep,\ne02,keep,\n");
        Files.writeString(page, "entry_id,decision,note\ne02,drop,later\ne03,nope,\n");

        Overrides o = Overrides.readAll(java.util.List.of(main, page));

        assertThat(o.byEntryId()).containsOnlyKeys("e01", "e02");
        assertThat(o.get("e02").action()).isEqualTo(Action.DROP);
        assertThat(o.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).startsWith("overrides-u3.csv: ");
        });
    }
}
