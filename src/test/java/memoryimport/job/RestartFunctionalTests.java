package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import memoryimport.MemoryImportApplication;
import memoryimport.bench.ExportGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A run that dies (kill -9) or is told to stop (SIGTERM) part-way, in a process of its own, is resumed by starting the
 * job again, and ends with exactly the decisions and edits of a run that was never interrupted.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartFunctionalTests {

    /** Restart is about chunks and counts, not matching: the embedding model would only make each run slower. */
    private static final String NEAR_ONLY = "--paraphrase=false";
    /** slices of this input are about 0.6 MB: split by bucket above 256 KB, as a multi-million-entry run's are */
    private static final String SPLIT_SLICES = "--memory-import.spill-slice-bytes=262144";

    @TempDir
    static Path work;
    static Path input;
    static Map<String, String> uninterrupted;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        input = work.resolve("input");
        new ExportGenerator(7).write(input, 100, 1500);
        Path output = work.resolve("uninterrupted");
        assertThat(MemoryImportApplication.run("--input=" + input, "--output=" + output, NEAR_ONLY)).isEqualTo(ExitCodes.COMPLETED);
        uninterrupted = outcome(output.resolve("latest"));
    }

    @Test
    void aRunKilledDuringDecideIsResumedWithEveryEntryDecidedOnce(CapturedOutput console) throws Exception {
        // given: a run killed -9 while it decides, its slices read a bucket at a time as a large run's are
        Path output = work.resolve("killed");
        String killed;
        try (JavaProcess run = startJob(output, SPLIT_SLICES)) {
            assertThat(run.awaitLine("decide:", Duration.ofMinutes(3))).as(run.output()).isTrue();
            run.process().destroyForcibly();
            run.waitFor(Duration.ofSeconds(30));
            killed = run.output();
        }
        assertThat(output.resolve("latest")).doesNotExist();

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output, NEAR_ONLY, SPLIT_SLICES);

        // then
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        assertThat(console.getOut()).contains("resuming run");
        assertSameOutcome(output.resolve("latest"), killed);
        assertNoEditWrittenTwice(output.resolve("latest"));
    }

    @Test
    void aRunKilledDuringParseIsResumedWithEveryEntryStagedOnce() throws Exception {
        // given: a run killed -9 while it parses, with chunks staged that committed and maybe one that did not
        Path output = work.resolve("killed-parsing");
        String killed;
        try (JavaProcess run = startJob(output)) {
            assertThat(run.awaitLine("parse:", Duration.ofMinutes(3))).as(run.output()).isTrue();
            run.process().destroyForcibly();
            run.waitFor(Duration.ofSeconds(30));
            killed = run.output();
        }
        assertThat(output.resolve("latest")).doesNotExist();

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output, NEAR_ONLY);

        // then: no entry lost or read twice, and the staged files are gone
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        assertSameOutcome(output.resolve("latest"), killed);
        try (Stream<Path> staged = Files.list(output.resolve(".staging"))) {
            assertThat(staged).isEmpty();
        }
    }

    @Test
    void sigtermStopsTheRunAtAChunkBoundaryAndTheRunResumes(CapturedOutput console) throws Exception {
        // given: a run told to stop while it parses
        Path output = work.resolve("stopped");
        String stopped;
        try (JavaProcess run = startJob(output)) {
            assertThat(run.awaitLine("parse:", Duration.ofMinutes(3))).as(run.output()).isTrue();
            run.process().toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its pipes
            int exit = run.waitFor(Duration.ofMinutes(2));
            stopped = run.output();
            assertThat(stopped).as("exit %d", exit).contains("stopping run");
        }

        // when
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output, NEAR_ONLY);

        // then
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        assertThat(console.getOut()).contains("resuming run").contains("(STOPPED)");
        assertSameOutcome(output.resolve("latest"), stopped);
        assertNoEditWrittenTwice(output.resolve("latest"));
    }

    @Test
    void aRunResumedWithOtherDecisionOptionsSaysSo(CapturedOutput console) throws Exception {
        // given: a run stopped while it parses
        Path output = work.resolve("options-changed");
        try (JavaProcess run = startJob(output)) {
            assertThat(run.awaitLine("parse:", Duration.ofMinutes(3))).as(run.output()).isTrue();
            run.process().toHandle().destroy();
            run.waitFor(Duration.ofMinutes(2));
        }

        // when: it is resumed with another contact policy
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output, NEAR_ONLY,
                "--contact-policy=mask");

        // then: it completes, and says that the two parts were decided with different options
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        assertThat(console.getOut()).contains("resuming run")
                .contains("this run started with other decision options (--contact-policy=mask here, drop in the run)");
    }

    private static JavaProcess startJob(Path output, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output, NEAR_ONLY,
                "--memory-import.progress-seconds=1", "--memory-import.chunk-size=200"));
        args.addAll(List.of(options));
        return JavaProcess.start(work, "memoryimport.MemoryImportApplication", args.toArray(String[]::new));
    }

    /** Every entry's decision and what it repeats, plus each user's edits: what must not depend on interruptions. */
    private static Map<String, String> outcome(Path run) throws Exception {
        Map<String, String> outcome = new HashMap<>();
        for (Map<String, String> row : MemoryImportJobFunctionalTests.decisions(run)) {
            String previous = outcome.put(row.get("entry_id"), row.get("decision") + " " + row.get("duplicate_of")
                    + " (" + row.get("source_file") + ":" + row.get("line") + ")");
            assertThat(previous).as("entry %s decided twice", row.get("entry_id")).isNull();
        }
        try (Stream<Path> edits = Files.list(run.resolve("edits"))) {
            for (Path file : edits.sorted().toList()) {
                outcome.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return outcome;
    }

    /** The outcome of an uninterrupted run; a difference is told by count and first few, not as two whole maps. */
    private static void assertSameOutcome(Path run, String interruptedRun) throws Exception {
        Map<String, String> resumed = outcome(run);
        if (resumed.equals(uninterrupted)) {
            return;
        }
        List<String> missing = uninterrupted.keySet().stream().filter(k -> !resumed.containsKey(k)).sorted().toList();
        List<String> extra = resumed.keySet().stream().filter(k -> !uninterrupted.containsKey(k)).sorted().toList();
        List<String> changed = uninterrupted.keySet().stream()
                .filter(k -> resumed.containsKey(k) && !resumed.get(k).equals(uninterrupted.get(k))).sorted().toList();
        throw new AssertionError(String.format("%s differs from the uninterrupted run: %d of %d missing %s, %d extra %s,"
                        + " %d changed %s%nthe interrupted run's last lines:%n%s", run, missing.size(), uninterrupted.size(), firstOf(missing, uninterrupted),
                extra.size(), firstOf(extra, resumed), changed.size(), firstOf(changed, resumed),
                interruptedRun.lines().skip(Math.max(0, interruptedRun.lines().count() - 15)).collect(Collectors.joining("\n"))));
    }

    private static String firstOf(List<String> keys, Map<String, String> outcome) {
        return keys.stream().limit(10).map(k -> k + "=" + outcome.get(k).lines().findFirst().orElse(""))
                .collect(Collectors.joining("; ", "[", keys.size() > 10 ? "; ...]" : "]"));
    }

    private static void assertNoEditWrittenTwice(Path run) throws Exception {
        try (Stream<Path> edits = Files.list(run.resolve("edits"))) {
            for (Path file : edits.filter(p -> p.toString().endsWith(".txt")).toList()) {
                List<String> lines = Files.readAllLines(file);
                assertThat(lines.stream().collect(Collectors.toSet())).as(file.toString()).hasSameSizeAs(lines);
            }
        }
    }
}
