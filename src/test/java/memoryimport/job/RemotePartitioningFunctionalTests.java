package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import memoryimport.MemoryImportApplication;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * {@code --mode=manager} with two {@code --mode=worker} processes: an Artemis broker in this JVM, the job repository
 * and the job's tables on the PostgreSQL named in MEMORY_IMPORT_TEST_POSTGRES_URL (as PostgresFunctionalTests), the
 * workers in JVMs of their own. The decisions are those of a local run of the same exports.
 */
@EnabledIfEnvironmentVariable(named = "MEMORY_IMPORT_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class RemotePartitioningFunctionalTests {

    private static final String URL = System.getenv("MEMORY_IMPORT_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("MEMORY_IMPORT_TEST_POSTGRES_USER", "memory_import");
    private static final String PASSWORD = System.getenv().getOrDefault("MEMORY_IMPORT_TEST_POSTGRES_PASSWORD", "memory_import");
    private static final Duration WORKER_STARTUP = Duration.ofSeconds(120);

    @TempDir
    Path work;

    private EmbeddedActiveMQ broker;
    private String brokerUrl;
    private final List<JavaProcess> workers = new ArrayList<>();

    @BeforeEach
    void startBroker() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        brokerUrl = "tcp://127.0.0.1:" + port;
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("tcp", brokerUrl);
        config.setBrokerInstance(work.resolve("broker").toFile());
        broker = new EmbeddedActiveMQ().setConfiguration(config);
        broker.start();
    }

    @AfterEach
    void stopWorkersAndBroker() throws Exception {
        for (JavaProcess worker : workers) {
            worker.close();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void twoWorkersRunTheParseAndDecidePartitionsAndTheDecisionsAreThoseOfALocalRun() throws Exception {
        // given: an empty database, the exports on "shared storage", two workers and what a local run decides
        dropEverything();
        Path input = work.resolve("input");
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/functional/input"), input);
        assertThat(MemoryImportApplication.run("--input=" + input, "--output=" + work.resolve("local")))
                .isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, String>> local = MemoryImportJobFunctionalTests.decisions(work.resolve("local/latest").toRealPath());
        String[] shared = {"--input=" + input, "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD, "--spring.artemis.broker-url=" + brokerUrl};
        for (int i = 0; i < 2; i++) {
            JavaProcess worker = JavaProcess.start(work, MemoryImportApplication.class.getName(),
                    concat(shared, "--mode=worker", "--memory-import.threads=2"));
            workers.add(worker);
            assertThat(worker.awaitLine("worker ready", WORKER_STARTUP)).as(worker.output()).isTrue();
        }

        // when
        int exit = MemoryImportApplication.run(concat(shared, "--mode=manager", "--output=" + work.resolve("remote"),
                "--memory-import.remote-partitions=4", "--memory-import.remote-poll-millis=200"));

        // then
        String workerOutput = String.join("\n", workers.stream().map(JavaProcess::output).toList());
        assertThat(exit).as(workerOutput).isEqualTo(ExitCodes.COMPLETED);
        Path run = work.resolve("remote/latest").toRealPath();
        List<Map<String, String>> remote = MemoryImportJobFunctionalTests.decisions(run);
        assertThat(remote).hasSize(13);
        assertThat(sorted(remote)).isEqualTo(sorted(local));
        assertThat(run.resolve("edits/avery-kim.jsonl")).exists();
        // every partition ran on a worker, none in the manager
        for (String step : List.of("parseFiles", "decideUsers")) {
            for (int p = 0; p < 4; p++) {
                assertThat(workerOutput).contains("running partition " + step + ":partition" + p + " ");
            }
        }
        assertThat(workers).allSatisfy(w -> assertThat(w.output()).contains("running partition"));
        assertThat(workers).allSatisfy(w -> assertThat(w.process().isAlive()).as(w.output()).isTrue());

        // a worker stops on SIGTERM
        for (JavaProcess worker : workers) {
            worker.process().destroy();
        }
        for (JavaProcess worker : workers) {
            worker.waitFor(Duration.ofSeconds(60));
        }
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> rows) {
        return rows.stream().sorted(Comparator.comparing((Map<String, String> r) -> r.get("source_file"))
                .thenComparing(r -> Integer.parseInt(r.get("line")))).toList();
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static void dropEverything() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }
}
