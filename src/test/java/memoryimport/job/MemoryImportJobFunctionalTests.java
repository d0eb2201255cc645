package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReaderHeaderAware;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import memoryimport.MemoryImportApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole job, as the command line runs it, on real export files in a temporary folder. */
@ExtendWith(OutputCaptureExtension.class)
class MemoryImportJobFunctionalTests {

    private static final Path FIXTURES = Path.of("src/test/resources/functional/input");

    @TempDir
    Path work;

    @Test
    void importsExportsIntoDecisionsEditsAndSummary(CapturedOutput console) throws Exception {
        // given
        Path input = copyOfFixtures();
        Path output = work.resolve("output");

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output);

        // then
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        Path run = output.resolve("latest").toRealPath();
        List<Map<String, String>> rows = decisions(run);
        assertThat(rows).hasSize(13);
        assertThat(Files.readAllLines(run.resolve("decisions.csv")).get(0))
                .isEqualTo("entry_id,user_id,source_file,line,saved_at,decision,category,reason,duplicate_of,text,replaces");

        Map<String, String> role = row(rows, "avery-kim/chatgpt.md", 9);
        assertThat(role).containsEntry("decision", "kept").containsEntry("saved_at", "2024-02-02");
        Map<String, String> repeat = row(rows, "avery-kim/claude.txt", 3);
        assertThat(repeat).containsEntry("decision", "duplicate").containsEntry("saved_at", "2024-02-02");
        assertThat(repeat.get("duplicate_of")).isIn(role.get("entry_id"));
        assertThat(row(rows, "avery-kim/chatgpt.md", 13)).containsEntry("decision", "dropped_personal");
        assertThat(row(rows, "avery-kim/chatgpt.md", 14)).containsEntry("decision", "dropped_sensitive");
        assertThat(row(rows, "bulk.csv", 2)).containsEntry("user_id", "rita-lopez").containsEntry("decision", "kept");
        assertThat(row(rows, "bulk.csv", 4)).containsEntry("decision", "invalid");
        assertThat(Files.readString(output.resolve("metrics.prom")))
                .contains("spring_batch_job_seconds_count{error=\"none\",spring_batch_job_name=\"memoryImportJob\",spring_batch_job_status=\"COMPLETED\"} 1")
                .contains("spring_batch_chunk_write_seconds_count")
                .doesNotContain("spring_batch_item_process_seconds")
                .contains("memory_import_last_exit_code 0.0");

        List<String> averyEdits = Files.readAllLines(run.resolve("edits/avery-kim.txt"));
        assertThat(averyEdits).contains("[2024-02-02] - Works as a data engineer at Corvid Analytics");
        assertThat(averyEdits).noneMatch(line -> line.contains("kids") || line.contains("password"));
        JsonNode firstEdit = JsonMapper.builder().build()
                .readTree(Files.readAllLines(run.resolve("edits/avery-kim.jsonl")).get(0));
        assertThat(firstEdit.get("op").asString()).isEqualTo("add");

        JsonNode summary = JsonMapper.builder().build().readTree(run.resolve("summary.json").toFile());
        assertThat(summary.get("entries").asLong()).isEqualTo(13);
        long decided = 0;
        for (JsonNode count : summary.get("decisions")) {
            decided += count.asLong();
        }
        assertThat(decided).isEqualTo(13);
        assertThat(summary.get("files").toString()).contains("unsupported.pdf").contains("unsupported");
        assertThat(Files.readString(run.resolve("report.html"))).contains("Corvid Analytics")
                // the words that got "Has two kids who love swimming" dropped, as chips the reviewer can scan
                .contains("<span class=\"cue\">kids</span>");

        assertThat(console.getOut()).contains("completed").contains("entries     13").contains(run.getFileName().toString());
        assertNoOutputHolds(output, console, "Tr1cky-Otter-77", "jonas.berg.private@example.org");
    }

    @Test
    void secondRunOverTheSameInputHasNothingToDoAndAReimportAddsNoMemoryEdits(CapturedOutput console) throws Exception {
        // given
        Path input = copyOfFixtures();
        Path output = work.resolve("output");
        assertThat(MemoryImportApplication.run("--input=" + input, "--output=" + output)).isEqualTo(ExitCodes.COMPLETED);
        Path first = output.resolve("latest").toRealPath();

        // when: once as the nightly run sees it, once forcing every file to be read again
        int unchanged = MemoryImportApplication.run("--input=" + input, "--output=" + output);
        Path afterUnchanged = output.resolve("latest").toRealPath();
        int reimported = MemoryImportApplication.run("--input=" + input, "--output=" + output, "--reimport");
        Path third = output.resolve("latest").toRealPath();

        // then
        assertThat(unchanged).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(console.getOut()).contains("nothing to do").contains("4 already imported");
        assertThat(afterUnchanged).isEqualTo(first);
        assertThat(reimported).isEqualTo(ExitCodes.COMPLETED);
        assertThat(third).isNotEqualTo(first);
        assertThat(editFiles(first)).isNotEmpty();
        assertThat(editFiles(third)).isEmpty();
        assertThat(decisions(third)).hasSize(13).noneMatch(row -> row.get("decision").equals("kept"));
    }

    @Test
    void aChangedFileIsReadAgainAndOnlyItsNewMemoryIsAdded() throws Exception {
        // given
        Path input = copyOfFixtures();
        Path output = work.resolve("output");
        assertThat(MemoryImportApplication.run("--input=" + input, "--output=" + output)).isEqualTo(ExitCodes.COMPLETED);
        Files.writeString(input.resolve("jonas-berg/export.md"),
                "[2024-07-01] - Schedules site inspections with the building contractor every Monday\n",
                java.nio.file.StandardOpenOption.APPEND);

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output);

        // then
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        Path run = output.resolve("latest").toRealPath();
        assertThat(decisions(run)).extracting(r -> r.get("source_file")).containsOnly("jonas-berg/export.md");
        assertThat(row(decisions(run), "jonas-berg/export.md", 1)).containsEntry("decision", "duplicate");
        assertThat(row(decisions(run), "jonas-berg/export.md", 3)).containsEntry("decision", "kept");
        assertThat(Files.readAllLines(run.resolve("edits/jonas-berg.txt"))).containsExactly(
                "[2024-07-01] - Schedules site inspections with the building contractor every Monday");
    }

    @Test
    void aDryRunDecidesAndReportsButChangesNothing() throws Exception {
        // given
        Path input = copyOfFixtures();
        Path output = work.resolve("output");

        // when
        int dry = MemoryImportApplication.run("--input=" + input, "--output=" + output, "--dry-run");

        // then: a report without edits, no latest, and the real run afterwards still imports everything
        assertThat(dry).isEqualTo(ExitCodes.COMPLETED);
        Path dryRun;
        try (Stream<Path> runs = Files.list(output)) {
            dryRun = runs.filter(p -> p.getFileName().toString().endsWith("-dry-run")).findFirst().orElseThrow();
        }
        assertThat(decisions(dryRun)).hasSize(13);
        assertThat(row(decisions(dryRun), "avery-kim/claude.txt", 3)).containsEntry("decision", "duplicate");
        assertThat(dryRun.resolve("edits")).doesNotExist();
        assertThat(output.resolve("latest")).doesNotExist();

        assertThat(MemoryImportApplication.run("--input=" + input, "--output=" + output)).isEqualTo(ExitCodes.COMPLETED);
        Path real = output.resolve("latest").toRealPath();
        assertThat(decisions(real)).hasSize(13);
        assertThat(row(decisions(real), "avery-kim/chatgpt.md", 9)).containsEntry("decision", "kept");
    }

    @Test
    void aSecondRunOnADatabaseInUseIsRefused(CapturedOutput console) throws Exception {
        // given: another process holds the job's database (the test opens it as a run would)
        Path output = work.resolve("output");
        Files.createDirectories(output);
        String url = MemoryImportApplication.defaultDatabaseUrl(output);
        try (JavaProcess holder = JavaProcess.start(work, DatabaseHolder.class.getName(), url)) {
            assertThat(holder.awaitLine("holding", java.time.Duration.ofSeconds(30))).as(holder.output()).isTrue();

            // when
            int exit = MemoryImportApplication.run("--input=" + FIXTURES, "--output=" + output);

            // then
            assertThat(exit).isEqualTo(ExitCodes.REFUSED);
            assertThat(console.getErr()).contains("in use by another memory-import run");
        }
    }

    @Test
    void userIdsFromCsvCellsCannotWriteOutsideTheEditsFolder() throws Exception {
        // given
        Path input = work.resolve("input");
        Files.createDirectories(input);
        String longId = "x".repeat(300);
        Files.writeString(input.resolve("bulk.csv"), "user_id,saved_at,content\n"
                + "../../escaped,2024-01-01,Uses Terraform for every environment\n"
                + "a/b,2024-01-01,Uses Terraform for every environment\n"
                + "a_b,2024-01-01,Uses Terraform for every environment\n"
                + longId + ",2024-01-01,Uses Terraform for every environment\n");
        Path output = work.resolve("output");

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output);

        // then: four users, four edit files, all inside edits/
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        Path run = output.resolve("latest").toRealPath();
        List<Path> txt = editFiles(run).stream().filter(p -> p.toString().endsWith(".txt")).toList();
        assertThat(txt).hasSize(4).allMatch(p -> p.getParent().equals(run.resolve("edits")))
                .allMatch(p -> p.getFileName().toString().length() < 100);
        try (Stream<Path> all = Files.walk(work)) {
            assertThat(all.filter(p -> p.getFileName().toString().contains("escaped"))).allMatch(p -> p.startsWith(run));
        }
    }

    @Test
    void memoriesOfAMinifiedJsonArrayOnOneLineEachGetAnIdOfTheirOwn() throws Exception {
        // given: an API's export, every memory on line 1, one with an email the screen masks
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lena"));
        Files.writeString(input.resolve("lena/memories.json"), "[{\"content\":\"Uses Terraform for every environment\"},"
                + "{\"content\":\"Prefers concise answers with code examples\"},"
                + "{\"content\":\"Sends release notes to release@example.com every Friday\"}]");

        // when
        Map<String, Path> runs = runWithEachStaging(input, "--contact-policy=mask");

        // then: three decisions, three ids, and the kept ones are three memory edits
        for (Map.Entry<String, Path> run : runs.entrySet()) {
            List<Map<String, String>> rows = decisions(run.getValue());
            assertThat(rows).as(run.getKey()).hasSize(3).allMatch(r -> r.get("line").equals("1"));
            assertThat(rows.stream().map(r -> r.get("entry_id")).distinct()).as(run.getKey()).hasSize(3);
            assertThat(Files.readAllLines(run.getValue().resolve("edits/lena.jsonl"))).as(run.getKey()).hasSize(3);
        }
    }

    @Test
    void theWordsOfAUsersOwnJobAreWorkInAllTheirExportsWhereverTheJobIsSaid() throws Exception {
        // given: an equine vet who names her job only in her oldest entry, of another export, and a user who is none
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("ines"));
        Files.createDirectories(input.resolve("tom"));
        Files.writeString(input.resolve("ines/chatgpt.md"), """
                [2024-05-02] - Always note whether a drug is licensed for horses
                [2024-05-01] - Rides her own horse on Sunday mornings
                """);
        Files.writeString(input.resolve("ines/claude.txt"), "[2022-09-01] - Equine vet at a clinic near Ghent\n");
        Files.writeString(input.resolve("tom/chatgpt.md"), "[2024-05-02] - Always note whether a drug is licensed for horses\n");

        // when
        Map<String, Path> runs = runWithEachStaging(input, "--paraphrase=false");

        // then: her horses at work are kept, her own horse and his line of horses are not
        for (Map.Entry<String, Path> run : runs.entrySet()) {
            List<Map<String, String>> rows = decisions(run.getValue());
            assertThat(row(rows, "ines/chatgpt.md", 1)).as(run.getKey()).containsEntry("decision", "kept")
                    .extractingByKey("reason").asString().endsWith("horse: words of the user's work (equine vet)");
            assertThat(row(rows, "ines/chatgpt.md", 2)).as(run.getKey()).containsEntry("decision", "dropped_personal");
            assertThat(row(rows, "tom/chatgpt.md", 1)).as(run.getKey()).containsEntry("decision", "dropped_personal");
        }
    }

    /** Runs the job on {@code input} with each way of staging entries (spill files, a table): the run folder of each. */
    private Map<String, Path> runWithEachStaging(Path input, String option) throws Exception {
        Map<String, Path> runs = new LinkedHashMap<>();
        for (String staging : List.of("files", "database")) {
            Path output = work.resolve("output-" + staging);
            int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output, option,
                    "--memory-import.staging=" + staging);
            assertThat(exit).as(staging).isEqualTo(ExitCodes.COMPLETED);
            runs.put(staging, output.resolve("latest").toRealPath());
        }
        return runs;
    }

    @Test
    void anEntryTooLongToStoreIsInvalidWithItsLengthAndTheRunGoesOn() throws Exception {
        // given: a paste far longer than any memory, between two ordinary entries
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lena"));
        Files.writeString(input.resolve("lena/export.md"), "- Uses Terraform for every environment\n- Prefers answers "
                + "that cover the checklist and the deployment steps ".repeat(700) + "\n- Prefers concise answers\n");
        Path output = work.resolve("output");

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output);

        // then
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, String>> rows = decisions(output.resolve("latest").toRealPath());
        assertThat(row(rows, "lena/export.md", 2)).containsEntry("decision", "invalid")
                .hasEntrySatisfying("reason", r -> assertThat(r).matches("entry is 3\\d{4} characters long; .*"))
                .hasEntrySatisfying("text", t -> assertThat(t.length()).isLessThanOrEqualTo(200));
        assertThat(row(rows, "lena/export.md", 1)).containsEntry("decision", "kept");
        assertThat(row(rows, "lena/export.md", 3)).containsEntry("decision", "kept");
    }

    @Test
    void entriesWithHundredsOfCuesOrEmailsFitTheJobsTables(CapturedOutput console) throws Exception {
        // given: a pasted inventory of 600 internal library names, and a mailing list of 200 addresses
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lena"));
        String libraries = IntStream.range(0, 600).mapToObj(i -> "PayKit" + i).collect(Collectors.joining(", "));
        String emails = IntStream.range(0, 200).mapToObj(i -> "reviewer" + i + "@example.com")
                .collect(Collectors.joining(", "));
        Files.writeString(input.resolve("lena/export.md"), "- Maintains these libraries: " + libraries
                + "\n- Sends the weekly release notes to " + emails + "\n- Prefers concise answers\n");
        Path output = work.resolve("output");

        // when: staged in the job's tables, as remote workers share them
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output,
                "--memory-import.staging=database");

        // then: every entry decided, reasons short enough to read
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, String>> rows = decisions(output.resolve("latest").toRealPath());
        assertThat(row(rows, "lena/export.md", 1)).containsEntry("decision", "kept")
                .hasEntrySatisfying("reason", r -> assertThat(r).contains("+").hasSizeLessThan(1000));
        assertThat(row(rows, "lena/export.md", 2)).containsEntry("decision", "dropped_sensitive");
        assertThat(row(rows, "lena/export.md", 3)).containsEntry("decision", "kept");
        assertNoOutputHolds(output, console, "reviewer7@example.com");
    }

    @Test
    void valuesInBrokenFilesRowsAndUserIdsNeverReachTheOutput(CapturedOutput console) throws Exception {
        // given: a JSON file broken at a bare key, a JSON line cut off after a token, a CSV row whose user cell
        // swallowed its content, a paste too long to store that starts with a password, and a private key in a reply
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lena"));
        Files.writeString(input.resolve("lena/memories.json"), "{\"memories\": [sk_live_4eC39HqLyjWDarjtT1zdp7dc]}");
        Files.writeString(input.resolve("lena/memories.jsonl"), "{\"content\": \"Billing uses glpat-Xk29vQm4RtL8pW2nZc7y"
                + " for the CI mirror\", \"saved_at\": \"2024-05-0\n{\"content\": \"Prefers tabs\"}\n");
        Files.writeString(input.resolve("bulk.csv"), "user_id,content\n\"omar,\"Deploys with AKIAIOSFODNN7EXAMPLE\n"
                + "omar,Uses Terraform for every environment\n");
        Files.writeString(input.resolve("lena/export.md"), "- password: Zq8#hunter2 " + "and the runbook steps ".repeat(1500)
                + "\n- Prefers concise answers\n");
        Files.writeString(input.resolve("lena/keys.md"), "- Uses GPG for signing\n- Signing key is below\n"
                + "-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBF0WbJoBCADOmPGUcHZQm2x7dS4Q8v0q5PzN3nJk1u8Yr7xZ2L6p9aBcDeF\n=Ab12\n"
                + "-----END PGP PRIVATE KEY BLOCK-----\n- Works on release engineering\n");
        Path output = work.resolve("output");

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output);

        // then: each is reported, unreadable or invalid, with its value masked or left out
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, String>> rows = decisions(output.resolve("latest").toRealPath());
        assertThat(row(rows, "bulk.csv", 2)).containsEntry("decision", "invalid")
                .containsEntry("user_id", "omar,Deploys with [REDACTED:credential]");
        assertThat(row(rows, "bulk.csv", 3)).containsEntry("decision", "kept");
        assertThat(row(rows, "lena/export.md", 1)).containsEntry("decision", "invalid");
        assertThat(row(rows, "lena/export.md", 2)).containsEntry("decision", "kept");
        assertThat(Files.readString(output.resolve("latest").toRealPath().resolve("report.html")))
                .contains("not valid JSON at line 1, column 15: Unrecognized token");
        // the broken line is shown as written, for a reviewer to recover its memory, with its token masked
        assertThat(row(rows, "lena/memories.jsonl", 1)).containsEntry("decision", "invalid")
                .hasEntrySatisfying("text", t -> assertThat(t).startsWith("{\"content\": \"Billing uses [REDACTED:"));
        assertThat(row(rows, "lena/memories.jsonl", 2)).containsEntry("decision", "kept");
        assertThat(row(rows, "lena/keys.md", 3)).containsEntry("decision", "dropped_sensitive");
        assertThat(row(rows, "lena/keys.md", 7)).containsEntry("decision", "kept");
        assertThat(rows.stream().filter(r -> r.get("source_file").equals("lena/keys.md"))).hasSize(4);
        assertNoOutputHolds(output, console, "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "AKIAIOSFODNN7EXAMPLE", "Zq8#hunter2",
                "lQOYBF0WbJoBCADOmPGUcHZQm2x7dS4Q8v0q5PzN3nJk1u8Yr7xZ2L6p9aBcDeF", "glpat-Xk29vQm4RtL8pW2nZc7y");
    }

    @Test
    void filesInOtherEncodingsOrWithOddDatesOrTooDeepNeverFailTheRun() throws Exception {
        // given: what spreadsheets and databases write, beside an ordinary export
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lena"));
        Files.writeString(input.resolve("lena/export.md"), "- Uses Terraform for every environment\n");
        Files.write(input.resolve("excel.csv"), "user_id,content\nmueller,Arbeitet bei M\u00fcller GmbH\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        // spreadsheets' Windows-1252 CSVs, the first accent late, the second's after the first megabyte the reader
        // looks at for the encoding, so that file is read again in Windows-1252 past the rows already read
        Files.write(input.resolve("late-accents.csv"), ("user_id,content\n"
                + "mueller,Uses SAP for the month-end close\n".repeat(400)
                + "mueller,Schreibt Berichte f\u00fcr die Gesch\u00e4ftsf\u00fchrung\n").getBytes("windows-1252"));
        Files.write(input.resolve("very-late-accents.csv"), ("user_id,content\n"
                + ("weber,Uses DATEV for payroll runs" + " and checks each wage type against the agreement".repeat(8)
                + "\n").repeat(3_000)
                + "weber,Pr\u00fcft die Lohnabrechnung vor dem Monatsende\n").getBytes("windows-1252"));
        Files.write(input.resolve("lena/garbled.md"), new byte[] {'-', ' ', (byte) 0x9D, (byte) 0x81, ' ', 'o', 'k', '\n'});
        Files.write(input.resolve("unicode.csv"), ("\ufeffuser_id,content\nomar,Uses Kafka for events\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        Files.write(input.resolve("lena/unicode.jsonl"), "\ufeff{\"text\":\"Uses Kotlin for services\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        Files.writeString(input.resolve("lena/dates.jsonl"), String.join("\n",
                "{\"text\":\"Uses Zig for tools\",\"timestamp\":1714550400.5}",
                "{\"text\":\"Uses Nix for builds\",\"date\":{\"$date\":\"2024-05-02T10:00:00Z\"}}",
                "{\"text\":\"Uses Bazel for monorepos\",\"timestamp\":1e20}",
                "{\"text\":\"Uses Buck for builds\",\"timestamp\":-9000000000000000000}"));
        Files.writeString(input.resolve("lena/deep.json"), "[".repeat(5000));
        Files.writeString(input.resolve("numbered.json"), "{\"user_id\": 1042, \"memories\": [\"Uses Go at work\"]}");
        Path output = work.resolve("output");

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output);

        // then: each bad file unreadable with its reason, every other entry decided
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        Path run = output.resolve("latest").toRealPath();
        List<Map<String, String>> rows = decisions(run);
        assertThat(row(rows, "lena/export.md", 1)).containsEntry("decision", "kept");
        assertThat(row(rows, "unicode.csv", 2)).containsEntry("user_id", "omar").containsEntry("decision", "kept");
        assertThat(row(rows, "late-accents.csv", 402)).containsEntry("text", "Schreibt Berichte f\u00fcr die Gesch\u00e4ftsf\u00fchrung");
        assertThat(rows.stream().filter(r -> r.get("source_file").equals("late-accents.csv"))).hasSize(401);
        assertThat(row(rows, "very-late-accents.csv", 3_002)).containsEntry("user_id", "weber")
                .containsEntry("text", "Pr\u00fcft die Lohnabrechnung vor dem Monatsende");
        assertThat(rows.stream().filter(r -> r.get("source_file").equals("very-late-accents.csv"))).hasSize(3_001);
        assertThat(row(rows, "excel.csv", 2)).containsEntry("user_id", "mueller").containsEntry("decision", "kept")
                .containsEntry("text", "Arbeitet bei M\u00fcller GmbH");
        assertThat(row(rows, "lena/unicode.jsonl", 1)).containsEntry("decision", "kept");
        assertThat(row(rows, "lena/dates.jsonl", 1)).containsEntry("saved_at", "2024-05-01");
        assertThat(row(rows, "lena/dates.jsonl", 2)).containsEntry("saved_at", "2024-05-02");
        assertThat(row(rows, "lena/dates.jsonl", 3)).containsEntry("saved_at", "").containsEntry("decision", "kept");
        assertThat(row(rows, "lena/dates.jsonl", 4)).containsEntry("saved_at", "").containsEntry("decision", "kept");
        assertThat(row(rows, "numbered.json", 1)).containsEntry("user_id", "1042");
        String files = JsonMapper.builder().build().readTree(run.resolve("summary.json").toFile()).get("files").toString();
        assertThat(files).contains("not valid UTF-8 text; save the export as UTF-8").contains("not valid JSON")
                .contains("not UTF-8: read as windows-1252").doesNotContain("read stopped");
    }

    @Test
    void missingInputFolderIsRefusedWithAClearMessage(CapturedOutput console) {
        int exit = MemoryImportApplication.run("--input=" + work.resolve("nowhere"), "--output=" + work.resolve("out"));

        assertThat(exit).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(console.getErr()).contains("input folder").contains("does not exist");
    }

    @Test
    void unwritableOutputIsRefusedWithAClearMessage(CapturedOutput console) throws IOException {
        Path notAFolder = Files.writeString(work.resolve("output-is-a-file"), "x");

        int exit = MemoryImportApplication.run("--input=" + FIXTURES, "--output=" + notAFolder);

        assertThat(exit).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(console.getErr()).contains("output folder").contains("cannot be written");
    }

    @Test
    void anUnknownOptionValueIsRefusedBeforeAnythingRuns(CapturedOutput console) {
        int exit = MemoryImportApplication.run("--input=" + FIXTURES, "--output=" + work.resolve("out"),
                "--contact-policy=keep-everything");

        assertThat(exit).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(console.getErr()).contains("--contact-policy=keep-everything is not one of drop, mask");
        assertThat(work.resolve("out/latest")).doesNotExist();
    }

    @Test
    void aMisspelledOptionOrAFlagThatIsNeitherTrueNorFalseIsRefused(CapturedOutput console) {
        int typo = MemoryImportApplication.run("--input=" + FIXTURES, "--output=" + work.resolve("out"),
                "--contact-polcy=mask");
        int flag = MemoryImportApplication.run("--input=" + FIXTURES, "--output=" + work.resolve("out"),
                "--paraphrase=maybe");

        assertThat(typo).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(flag).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(console.getErr()).contains("unknown option --contact-polcy")
                .contains("--paraphrase=maybe is not one of true, false");
        assertThat(work.resolve("out/latest")).doesNotExist();
    }

    private Path copyOfFixtures() throws IOException {
        Path input = work.resolve("input");
        FileSystemUtils.copyRecursively(FIXTURES, input);
        return input;
    }

    static List<Map<String, String>> decisions(Path run) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(run.resolve("decisions.csv"));
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in)) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    static Map<String, String> row(List<Map<String, String>> rows, String file, int line) {
        return rows.stream()
                .filter(r -> r.get("source_file").equals(file) && r.get("line").equals(Integer.toString(line)))
                .findFirst().orElseThrow(() -> new AssertionError("no decision for " + file + ":" + line));
    }

    static List<Path> editFiles(Path run) throws IOException {
        Path edits = run.resolve("edits");
        if (!Files.isDirectory(edits)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(edits)) {
            return files.toList();
        }
    }

    static void assertNoOutputHolds(Path output, CapturedOutput console, String... values) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (String value : values) {
            for (Path file : files) {
                // the database files too, read byte for byte: staged text is screened before it is stored
                assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).as("%s in %s", value, file)
                        .doesNotContain(value);
            }
            assertThat(console.getAll()).doesNotContain(value);
        }
    }
}
