package memoryimport.job;

import static memoryimport.job.MemoryImportJobFunctionalTests.decisions;
import static memoryimport.job.MemoryImportJobFunctionalTests.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memoryimport.MemoryImportApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dedupe across a user's exports and across nightly runs, replacement of single-valued facts, and a reviewer's
 * overrides coming back into the next run: the whole job, on files written the way assistants print them.
 */
@ExtendWith(OutputCaptureExtension.class)
class DedupeAndReviewFunctionalTests {

    private static final JsonMapper JSON = new JsonMapper();

    @TempDir
    Path work;

    @Test
    void theBenchmarkOptionTimesTheModelAloneOnTheTextsTheRunEmbedded(CapturedOutput console) throws Exception {
        // given: a paraphrase, which only the model can tell
        Path input = work.resolve("input");
        write(input.resolve("rita/chatgpt.md"), """
                [2024-04-01] - Never use emojis in replies
                [2024-04-02] - Do not put emoji in responses
                [2024-04-03] - Prefers tabs for indentation
                """);

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + work.resolve("output"),
                "--memory-import.time-model-alone=true", "--memory-import.threads=2");

        // then: the texts sent to the model during the run are timed once more on their own
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        Matcher inRun = Pattern.compile("paraphrase  (\\d+) texts embedded, .* on 2 threads").matcher(console.getOut());
        assertThat(inRun.find()).as(console.getOut()).isTrue();
        assertThat(Integer.parseInt(inRun.group(1))).isPositive();
        assertThat(console.getOut()).containsPattern("model alone the same " + inRun.group(1)
                + " texts again on 2 threads, nothing else running: [0-9.]+ s .*; the run reached \\d+ %");
    }

    @Test
    void repeatsMergeAcrossExportsAndRunsNearMissesStayApartAndANewEmployerReplacesTheOld() throws Exception {
        // given: two assistants' exports of one user
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        write(input.resolve("rita/chatgpt.md"), """
                Here is everything I remember:
                ```
                [2024-03-01] - Works at Ledgerly as a senior backend engineer
                [2024-03-02] - Prefers concise answers with code examples
                [2024-03-03] - Prefers tabs for indentation
                ```
                """);
        write(input.resolve("rita/claude.txt"), """
                [2024-04-01] - Never use emojis in replies
                [2024-04-02] - Prefers spaces for indentation
                [2024-02-01] - prefers concise answers, with code examples.
                """);

        // when: the first run, then a nightly run with one new export
        int first = MemoryImportApplication.run("--input=" + input, "--output=" + output);
        Path firstRun = output.resolve("latest").toRealPath();
        write(input.resolve("rita/gemini.md"), """
                [2024-06-01] - Works at Brightledger as a senior backend engineer
                [2024-06-02] - Do not put emoji in responses
                """);
        int second = MemoryImportApplication.run("--input=" + input, "--output=" + output);
        Path secondRun = output.resolve("latest").toRealPath();

        // then
        assertThat(first).isEqualTo(ExitCodes.COMPLETED);
        assertThat(second).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, String>> one = decisions(firstRun);
        assertThat(row(one, "rita/claude.txt", 3)).containsEntry("decision", "duplicate")
                .containsEntry("duplicate_of", row(one, "rita/chatgpt.md", 4).get("entry_id"));
        assertThat(row(one, "rita/claude.txt", 2)).containsEntry("decision", "kept");
        assertThat(row(one, "rita/chatgpt.md", 5)).containsEntry("decision", "kept");

        List<Map<String, String>> two = decisions(secondRun);
        assertThat(two).hasSize(2);
        Map<String, String> employer = row(two, "rita/gemini.md", 1);
        assertThat(employer).containsEntry("decision", "kept")
                .containsEntry("replaces", row(one, "rita/chatgpt.md", 3).get("entry_id"));
        assertThat(row(two, "rita/gemini.md", 2)).containsEntry("decision", "duplicate")
                .containsEntry("duplicate_of", row(one, "rita/claude.txt", 1).get("entry_id"));
        assertThat(row(two, "rita/gemini.md", 2).get("reason")).contains("paraphrase");
        List<JsonNode> edits = edits(secondRun.resolve("edits/rita.jsonl"));
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).get("op").asString()).isEqualTo("replace");
        assertThat(edits.get(0).get("replaces").get("text").asString())
                .isEqualTo("Works at Ledgerly as a senior backend engineer");
    }

    @Test
    void aCopyLeftForReviewThatRepeatsAKeptMemoryIsItsDuplicate() throws Exception {
        // given: one line kept under a work heading, an older copy of it and a near-miss under a heading with no cue
        // (in Basque, which no lexicon reads, so only the heading gives a cue)
        Path input = work.resolve("input");
        write(input.resolve("rita/chatgpt.md"), """
                ## Work
                [2025-05-02] - Sailean 12 pertsona daude
                ## Other
                [2024-02-01] - Sailean 12 pertsona daude.
                [2024-02-02] - Sailean 30 pertsona daude
                """);

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + work.resolve("output"),
                "--paraphrase=false");

        // then: the copy the classifier left for review is the kept line's duplicate; the near-miss stays for review
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, String>> rows = decisions(work.resolve("output/latest").toRealPath());
        assertThat(row(rows, "rita/chatgpt.md", 2)).containsEntry("decision", "kept");
        assertThat(row(rows, "rita/chatgpt.md", 4)).containsEntry("decision", "duplicate")
                .containsEntry("duplicate_of", row(rows, "rita/chatgpt.md", 2).get("entry_id"));
        assertThat(row(rows, "rita/chatgpt.md", 4).get("reason")).contains("review:");
        assertThat(row(rows, "rita/chatgpt.md", 5)).containsEntry("decision", "needs_review");
    }

    @Test
    void aReviewersOverridesAreAppliedByTheNextRunOnce() throws Exception {
        // given: a first run with one entry for review and one kept
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        write(input.resolve("omar/export.md"), """
                [2024-01-01] - Something the rules cannot place
                [2024-01-02] - Uses Kotlin and Postgres at work
                """);
        MemoryImportApplication.run("--input=" + input, "--output=" + output);
        List<Map<String, String>> first = decisions(output.resolve("latest").toRealPath());
        String review = row(first, "omar/export.md", 1).get("entry_id");
        String kept = row(first, "omar/export.md", 2).get("entry_id");
        assertThat(row(first, "omar/export.md", 1)).containsEntry("decision", "needs_review");
        assertThat(row(first, "omar/export.md", 2)).containsEntry("decision", "kept");

        // when: the reviewer's download lands in the input folder, and the job runs twice more
        write(input.resolve("overrides.csv"), "entry_id,decision,note\r\n" + review + ",keep,\"fine, keep it\"\r\n"
                + kept + ",drop,no longer true\r\n");
        int applied = MemoryImportApplication.run("--input=" + input, "--output=" + output);
        Path run = output.resolve("latest").toRealPath();
        int again = MemoryImportApplication.run("--input=" + input, "--output=" + output);

        // then
        assertThat(applied).isEqualTo(ExitCodes.COMPLETED);
        List<JsonNode> edits = edits(run.resolve("edits/omar.jsonl"));
        assertThat(edits).extracting(e -> e.get("op").asString() + " " + e.get("entry_id").asString())
                .containsExactlyInAnyOrder("add " + review, "remove " + kept);
        assertThat(JSON.readTree(run.resolve("summary.json").toFile()).get("overrides_applied").asInt()).isEqualTo(2);
        assertThat(Files.readString(run.resolve("report.html"))).contains("Overrides applied").contains(review);
        assertThat(again).isEqualTo(ExitCodes.NOTHING_TO_DO);
    }

    @Test
    void anOverridesFileNamedOnTheCommandLineIsEnoughForARunAndIsAppliedOnce() throws Exception {
        // given: a first run, and the reviewer's download saved outside the input folder under a name of its own
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        write(input.resolve("omar/export.md"), "[2024-01-01] - Something the rules cannot place\n");
        MemoryImportApplication.run("--input=" + input, "--output=" + output);
        String review = row(decisions(output.resolve("latest").toRealPath()), "omar/export.md", 1).get("entry_id");
        Path download = work.resolve("downloads/review-of-march.csv");
        write(download, "entry_id,decision,note\r\n" + review + ",keep,\r\n");

        // when: nothing new in the input, only --overrides
        int applied = MemoryImportApplication.run("--input=" + input, "--output=" + output, "--overrides=" + download);
        Path run = output.resolve("latest").toRealPath();
        int again = MemoryImportApplication.run("--input=" + input, "--output=" + output, "--overrides=" + download);

        // then
        assertThat(applied).isEqualTo(ExitCodes.COMPLETED);
        assertThat(edits(run.resolve("edits/omar.jsonl"))).extracting(e -> e.get("op").asString() + " "
                + e.get("entry_id").asString()).containsExactly("add " + review);
        assertThat(again).isEqualTo(ExitCodes.NOTHING_TO_DO);
    }

    @Test
    void anExportSentAgainWithMoreLinesBringsBackNothingReplacedOrDroppedAndAnEditedLineReplacesItsOldText()
            throws Exception {
        // given: a first night, a newer timezone the second night, and a reviewer's drop on the third
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        String export = """
                - [2024-01-10] Timezone is CET
                - [2024-01-10] Uses Kotlin and Postgres at work
                - [2024-01-10] Writes unit tests with pytest
                """;
        write(input.resolve("gina/chatgpt.md"), export);
        MemoryImportApplication.run("--input=" + input, "--output=" + output);
        String kotlin = row(decisions(output.resolve("latest").toRealPath()), "gina/chatgpt.md", 2).get("entry_id");
        write(input.resolve("gina/claude.md"), "- [2024-06-01] Timezone is PST\n");
        MemoryImportApplication.run("--input=" + input, "--output=" + output);
        write(input.resolve("overrides.csv"), "entry_id,decision,note\r\n" + kotlin + ",drop,moved to Go\r\n");
        MemoryImportApplication.run("--input=" + input, "--output=" + output);

        // when: the first export is sent again, one line edited and one added
        write(input.resolve("gina/chatgpt.md"), export.replace("with pytest", "with pytest and hypothesis")
                + "- [2024-07-01] Prefers concise answers\n");
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output);

        // then: CET stays replaced, Kotlin stays dropped, the edited line replaces its old text, the new one is added
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        Path run = output.resolve("latest").toRealPath();
        List<Map<String, String>> rows = decisions(run);
        assertThat(row(rows, "gina/chatgpt.md", 1)).containsEntry("decision", "duplicate")
                .hasEntrySatisfying("reason", r -> assertThat(r).startsWith("taken out earlier: replaced by"));
        assertThat(row(rows, "gina/chatgpt.md", 2)).containsEntry("decision", "duplicate")
                .hasEntrySatisfying("reason", r -> assertThat(r).contains("dropped by a reviewer"));
        assertThat(edits(run.resolve("edits/gina.jsonl")))
                .extracting(e -> e.get("op").asString() + " " + e.get("text").asString())
                .containsExactlyInAnyOrder("replace Writes unit tests with pytest and hypothesis",
                        "add Prefers concise answers");
    }

    @Test
    void overridesThatCannotBeAppliedAreListedWithTheirReasonAndASensitiveEntryIsNeverKept() throws Exception {
        // given: a first run with an entry dropped for its password
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        write(input.resolve("omar/export.md"), "[2024-01-01] - Office wifi password is Zq8#hunter2x\n");
        MemoryImportApplication.run("--input=" + input, "--output=" + output);
        String sensitive = row(decisions(output.resolve("latest").toRealPath()), "omar/export.md", 1).get("entry_id");

        // when: the reviewer keeps it, names an entry no run knows, and writes a line with no decision
        write(input.resolve("overrides.csv"), "entry_id,decision,note\r\n" + sensitive + ",keep,\r\n"
                + "effffffffffffffff,drop,\r\n" + sensitive + ",approve,\r\n");
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output);

        // then
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        Path run = output.resolve("latest").toRealPath();
        JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
        assertThat(summary.get("overrides_applied").asInt()).isZero();
        assertThat(summary.get("overrides_skipped").toString()).contains("cannot be kept")
                .contains("effffffffffffffff: not known to any run").contains("line 4");
        assertThat(Files.readString(run.resolve("report.html"))).contains("Overrides skipped (3)");
        assertThat(run.resolve("edits/omar.jsonl")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(Files.readString(p)).doesNotContain("REDACTED"));
    }

    private static List<JsonNode> edits(Path jsonl) throws Exception {
        return Files.readAllLines(jsonl).stream().map(JSON::readTree).toList();
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
