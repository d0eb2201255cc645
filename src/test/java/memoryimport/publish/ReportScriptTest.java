package memoryimport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/** The report's inline script, run by Node against a fake DOM: skipped where Node is not installed. */
@EnabledIf("nodeInstalled")
class ReportScriptTest {

    @TempDir
    Path dir;

    static boolean nodeInstalled() {
        return node() != null;
    }

    static String node() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            for (String name : List.of("node", "nodejs")) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    @Test
    void scriptFiltersRowsAndBuildsOverridesCsv() throws Exception {
        Path js = dir.resolve("report.js");
        Path harness = dir.resolve("harness.js");
        copy("report/report.js", js);
        copy("report/fake-dom-harness.js", harness);

        String out = run(node(), harness.toString(), js.toString());

        assertThat(out).contains("\"ready\":\"3\"").contains("\"userOptions\":[\"alice\",\"bob\"]")
                .contains("\"shownAll\":\"3 of 3 entries shown\"")
                .contains("\"hiddenAfterKept\":[\"e-e1\"]").contains("\"hiddenGroupsAfterKept\":[true,false,false]")
                .contains("\"hiddenAfterNoCategory\":[\"e-e1\",\"e-e2\"]")
                .contains("\"hiddenAfterCategory\":[\"e-e1\",\"e-e3\"]")
                .contains("\"hiddenAfterUser\":[\"e-e1\",\"e-e2\"]")
                .contains("\"hiddenAfterSearch\":[\"e-e1\",\"e-e2\"]").contains("\"hiddenUsersAfterSearch\":[true,false]")
                .contains("\"searchSkipsControls\":[\"e-e1\",\"e-e2\",\"e-e3\"]")
                .contains("\"rowMarks\":[\"keep\",\"\",\"drop\"]").contains("\"marked\":\"2 marked\"");
        // every row gets its own keep/drop control and note from the script, none from the page
        assertThat(out).contains("\"controls\":[" + String.join(",", Collections.nCopies(3,
                "\"1 act ov override =\u2013|keep=keep|drop=drop note note\""))).contains("\"oneControlEach\":3");
        String csv = out.substring(out.indexOf("\"csv\":\"") + 7, out.lastIndexOf('"'))
                .replace("\\r", "\r").replace("\\n", "\n").replace("\\\"", "\"");
        assertThat(csv).isEqualTo("entry_id,decision,note\r\n\"e1\",\"keep\",\"fine, \"\"work\"\"\nhabit\"\r\n"
                + "\"e3\",\"drop\",\"\"\r\n");
        Overrides read = Overrides.parse(csv);
        assertThat(read.problems()).isEmpty();
        assertThat(read.get("e1").note()).isEqualTo("fine, \"work\"\nhabit");
        assertThat(read.get("e3").action()).isEqualTo(Overrides.Action.DROP);
    }

    @Test
    void scriptInTheWrittenPageIsValidJavaScript() throws Exception {
        String page = Files.readString(new HtmlReportWriterTest().writeSample(dir));
        String script = page.substring(page.indexOf("<script>") + 8, page.indexOf("</script>"));
        Path js = dir.resolve("inline.js");
        Files.writeString(js, script);
        run(node(), "--check", js.toString());
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = ReportScriptTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.write(to, in.readAllBytes());
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
