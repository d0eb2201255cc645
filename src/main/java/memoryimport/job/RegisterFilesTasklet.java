package memoryimport.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import memoryimport.parse.ExportFormat;
import memoryimport.parse.ExportFormats;
import memoryimport.store.FileRegistry;
import memoryimport.store.FileRegistry.RegisteredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: walks the input folder, fingerprints every file and records what the run will read, what a completed run
 * already imported, and what cannot be read and why. An overrides file named on the command line is recorded beside
 * them (by its absolute path), so that a new or changed one is, like one in the input folder, enough for a run.
 */
public class RegisterFilesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RegisterFilesTasklet.class);

    private final Path input;
    private final String runId;
    private final boolean reimport;
    private final FileRegistry registry;
    private final ExportFormats formats;
    private final Path extraOverrides;

    public RegisterFilesTasklet(Path input, String runId, boolean reimport, FileRegistry registry, ExportFormats formats,
                                Path extraOverrides) {
        this.input = input;
        this.extraOverrides = extraOverrides;
        this.runId = runId;
        this.reimport = reimport;
        this.registry = registry;
        this.formats = formats;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        registry.forgetRun(runId);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !isHidden(input.relativize(p))).sorted().toList();
        }
        // hashing reads every byte of the input: on every core (an organisation's migration is thousands of files)
        List<RegisteredFile> registered = new ArrayList<>(IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> register(i, files.get(i), relativePath(input, files.get(i)), false)).toList());
        Path extra = extraOverrides == null ? null : extraOverrides.toAbsolutePath().normalize();
        if (extra != null && files.stream().noneMatch(f -> f.toAbsolutePath().normalize().equals(extra))) {
            registered.add(register(files.size(), extra, extra.toString(), true));
        }
        if (!reimport) {
            registered = passOverImported(registered);
        }
        registry.record(runId, registered);
        long pending = registered.stream().filter(RegisteredFile::toRead).count();
        registered.forEach(f -> contribution.incrementReadCount());
        log.info("register: {} files found, {} to read", files.size(), pending);
        return RepeatStatus.FINISHED;
    }

    private RegisteredFile register(int fileNo, Path file, String path, boolean overrides) {
        long size;
        String sha256;
        try {
            size = Files.size(file);
            sha256 = sha256(file);
        } catch (IOException e) {
            return new RegisteredFile(fileNo, path, null, 0, null, FileRegistry.UNREADABLE,
                    "cannot be read: " + e.getClass().getSimpleName());
        }
        if (overrides || isOverrides(file)) {
            return new RegisteredFile(fileNo, path, sha256, size, "overrides", FileRegistry.OVERRIDES,
                    "reviewer overrides, applied at publish");
        }
        Optional<ExportFormat> format = formats.forFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            return new RegisteredFile(fileNo, path, sha256, size, null, FileRegistry.UNSUPPORTED,
                    "not an export format the job reads (text, Markdown, CSV, JSON, JSONL)");
        }
        return new RegisteredFile(fileNo, path, sha256, size, format.get().name(), FileRegistry.PENDING, null);
    }

    /** Files to read, and overrides to apply, that a completed run already imported unchanged: passed over. */
    private List<RegisteredFile> passOverImported(List<RegisteredFile> files) {
        Set<FileRegistry.Fingerprint> imported = registry.imported(files.stream().filter(RegisteredFile::toRead)
                .map(RegisteredFile::fingerprint).toList());
        if (imported.isEmpty()) {
            return files;
        }
        List<RegisteredFile> result = new ArrayList<>(files.size());
        for (RegisteredFile f : files) {
            if (!f.toRead() || !imported.contains(f.fingerprint())) {
                result.add(f);
            } else {
                result.add(new RegisteredFile(f.fileNo(), f.path(), f.sha256(), f.sizeBytes(), f.format(),
                        FileRegistry.ALREADY_IMPORTED, FileRegistry.OVERRIDES.equals(f.status())
                        ? "applied by an earlier run, unchanged since" : "imported by an earlier run, unchanged since"));
            }
        }
        return result;
    }

    /** A reviewer's file from the report: overrides.csv, or overrides-&lt;user&gt;.csv from a per-user page. */
    static boolean isOverrides(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches("overrides.*\\.csv");
    }

    static String relativePath(Path input, Path file) {
        return input.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
