package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import memoryimport.MemoryImportApplication;
import memoryimport.bench.ExportGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partitions on four threads decide exactly what one thread decides: same decisions, same edits, byte for byte. */
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
        assertThat(Files.readString(four.resolve("decisions.csv"))).isEqualTo(Files.readString(one.resolve("decisions.csv")));
        List<Path> edits = files(one.resolve("edits"));
        assertThat(edits).hasSizeGreaterThan(40);
        assertThat(files(four.resolve("edits"))).hasSameSizeAs(edits);
        for (Path edit : edits) {
            assertThat(Files.readString(four.resolve("edits").resolve(edit.getFileName())))
                    .as(edit.getFileName().toString()).isEqualTo(Files.readString(edit));
        }
    }

    private Path run(Path input, String name, int threads) throws Exception {
        Path output = work.resolve(name);
        int exit = MemoryImportApplication.run("--input=" + input, "--output=" + output, "--paraphrase=false",
                "--memory-import.threads=" + threads);
        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        return output.resolve("latest").toRealPath();
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
