package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import memoryimport.MemoryImportApplication;
import memoryimport.bench.ExportGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partitions on four threads, or slices read a bucket at a time, decide exactly what one thread reading whole slices
 * decides: same decisions, same edits, byte for byte.
 */
class ParallelRunFunctionalTests {

    @TempDir
    Path work;

    @Test
    void fourThreadsGiveTheSameResultAsOne() throws Exception {
        // given: a generated organisation of 40 users in every export shape
        Path input = work.resolve("input");
        new ExportGenerator(11).write(input, 40, 250);

        // when
        Path one = run(input, "one", 1);
        Path four = run(input, "four", 4);

        // then
        assertSameResult(four, one);
    }

    @Test
    void slicesReadABucketAtATimeGiveTheSameResultAsWholeSlices() throws Exception {
        // given: the same organisation, and a spill-file limit so low that every slice is split by bucket
        Path input = work.resolve("input");
        new ExportGenerator(11).write(input, 40, 250);

        // when
        Path whole = run(input, "whole", 2);
        Path split = run(input, "split", 2, "--memory-import.spill-slice-bytes=1");

        // then: the same result, and no per-bucket copy left behind
        assertSameResult(split, whole);
        assertThat(work.resolve("split/.staging")).isEmptyDirectory();
        try (Stream<Path> left = Files.walk(work.resolve("split/.decisions"))) {
            assertThat(left.map(Path::toString)).noneMatch(name -> name.contains(".split"));
        }
    }

    private static void assertSameResult(Path actual, Path expected) throws Exception {
        assertThat(Files.readString(actual.resolve("decisions.csv")))
                .isEqualTo(Files.readString(expected.resolve("decisions.csv")));
        List<Path> edits = files(expected.resolve("edits"));
        assertThat(edits).hasSizeGreaterThan(40);
        assertThat(files(actual.resolve("edits"))).hasSameSizeAs(edits);
        for (Path edit : edits) {
            assertThat(Files.readString(actual.resolve("edits").resolve(edit.getFileName())))
                    .as(edit.getFileName().toString()).isEqualTo(Files.readString(edit));
        }
    }

    private Path run(Path input, String name, int threads, String... options) throws Exception {
        Path output = work.resolve(name);
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output,
                "--paraphrase=false", "--memory-import.threads=" + threads));
        args.addAll(List.of(options));
        int exit = MemoryImportApplication.run(args.toArray(String[]::new));
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        return output.resolve("latest").toRealPath();
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
