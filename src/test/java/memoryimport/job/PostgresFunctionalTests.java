package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import memoryimport.MemoryImportApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The same job on PostgreSQL, given through the usual Spring datasource properties. .ci/run starts a PostgreSQL
 * server on loopback and names an empty database in MEMORY_IMPORT_TEST_POSTGRES_URL.
 */
@EnabledIfEnvironmentVariable(named = "MEMORY_IMPORT_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresFunctionalTests {

    private static final String URL = System.getenv("MEMORY_IMPORT_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("MEMORY_IMPORT_TEST_POSTGRES_USER", "memory_import");
    private static final String PASSWORD = System.getenv().getOrDefault("MEMORY_IMPORT_TEST_POSTGRES_PASSWORD", "memory_import");

    @TempDir
    Path work;

    @Test
    void runsTwiceOnPostgresAndTheSecondRunHasNothingToDo() throws Exception {
        // given: an empty database
        dropEverything();
        Path input = work.resolve("input");
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/functional/input"), input);
        String[] args = {"--input=" + input, "--output=" + work.resolve("output"), "--spring.datasource.url=" + URL,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD};

        // when
        int first = MemoryImportApplication.run(args);
        Path firstRun = work.resolve("output/latest").toRealPath();
        int second = MemoryImportApplication.run(args);
        Path secondRun = work.resolve("output/latest").toRealPath();

        // then
        assertThat(first).isEqualTo(ExitCodes.COMPLETED);
        assertThat(second).isEqualTo(ExitCodes.NOTHING_TO_DO);
        List<Map<String, String>> rows = MemoryImportJobFunctionalTests.decisions(firstRun);
        assertThat(rows).hasSize(13);
        assertThat(MemoryImportJobFunctionalTests.row(rows, "avery-kim/claude.txt", 3)).containsEntry("decision", "duplicate");
        assertThat(firstRun.resolve("edits/avery-kim.jsonl")).exists();
        assertThat(secondRun).isEqualTo(firstRun);
    }

    private static void dropEverything() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }
}
