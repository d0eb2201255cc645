package memoryimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import memoryimport.job.ExitCodes;
import memoryimport.job.ImportOptions;
import memoryimport.job.RunMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** memory-import: imports a folder of AI-assistant memory exports into per-user memory edits and a review report. */
@SpringBootApplication
public class MemoryImportApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one import with these arguments and returns the process exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        ImportOptions options = ImportOptions.fromArgs(args);
        RunMode mode = RunMode.fromArgs(args);
        String problem = mode == null ? "--mode is not one of local, manager, worker"
                : ImportOptions.argumentProblem(args);
        if (problem == null) {
            problem = optionProblem(options, mode);
        }
        if (problem != null) {
            System.err.println("memory-import: " + problem);
            return ExitCodes.BAD_USAGE;
        }
        long lockDeadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            SpringApplication app = new SpringApplication(MemoryImportApplication.class);
            if (mode.remote()) {
                // no default database: manager and workers must share one, given with --spring.datasource.url
                app.setAdditionalProfiles(mode.profile());
            } else {
                app.setDefaultProperties(Map.of("spring.datasource.url", defaultDatabaseUrl(options.output())));
            }
            try {
                ConfigurableApplicationContext context = app.run(args);
                return SpringApplication.exit(context);
            } catch (RuntimeException e) {
                if (!causedByLockedDatabase(e)) {
                    System.err.println("memory-import: the run could not start or finish: " + rootCause(e));
                    return ExitCodes.FAILED;
                }
                if (System.nanoTime() > lockDeadline) {
                    System.err.println("memory-import: the database under " + options.output().resolve("db")
                            + " is in use by another memory-import run; not starting a second one.");
                    return ExitCodes.REFUSED;
                }
                System.err.println("memory-import: the database is locked; waiting for the lock of a run that"
                        + " died to go stale");
                sleep(Duration.ofSeconds(2));
            }
        }
    }

    /**
     * HSQLDB's lock file is kept alive by a heartbeat every 10 s; the lock of a killed process goes stale after that.
     * A run started right after a crash waits that long before it calls the database another run's.
     */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(20);

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static String defaultDatabaseUrl(Path output) {
        return "jdbc:hsqldb:file:" + output.resolve("db").resolve("memory-import")
                + ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.log_size=0;shutdown=true";
    }

    private static String optionProblem(ImportOptions options, RunMode mode) {
        if (!Files.isDirectory(options.input())) {
            return "input folder " + options.input() + " does not exist or is not a folder (give one with --input=DIR)";
        }
        if (!List.of("drop", "mask").contains(options.contactPolicy())) {
            return "--contact-policy=" + options.contactPolicy() + " is not one of drop, mask";
        }
        if (options.rules() != null && !Files.isDirectory(options.rules())) {
            return "rules folder " + options.rules() + " does not exist (give one with --rules=DIR)";
        }
        if (options.overrides() != null && !Files.isRegularFile(options.overrides())) {
            return "overrides file " + options.overrides() + " does not exist (give one with --overrides=FILE)";
        }
        if (mode == RunMode.WORKER) {
            return null; // a worker writes nothing there: the manager publishes
        }
        try {
            Files.createDirectories(options.output());
            Path probe = Files.createTempFile(options.output(), ".write-check", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return "output folder " + options.output() + " cannot be written (" + e.getClass().getSimpleName()
                    + "); give a writable one with --output=DIR";
        }
    }

    private static boolean causedByLockedDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("lockFile") || message.contains("lock acquisition failure")) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
