package memoryimport.store;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which files each run saw, what became of them, and which fingerprints completed runs imported. */
public class FileRegistry {

    public static final String PENDING = "pending";
    public static final String ALREADY_IMPORTED = "already_imported";
    public static final String UNSUPPORTED = "unsupported";
    public static final String UNREADABLE = "unreadable";
    public static final String IGNORED = "ignored";
    /** A reviewer's overrides.csv, new or changed: applied at publish, not read as an export. */
    public static final String OVERRIDES = "overrides";

    /** One file as a run recorded it. */
    public record RegisteredFile(int fileNo, String path, String sha256, long sizeBytes, String format, String status,
                                 String reason) {

        /** An export to read or overrides to apply: what a run does with the file, and what it then counts imported. */
        public boolean toRead() {
            return PENDING.equals(status) || OVERRIDES.equals(status);
        }

        public Fingerprint fingerprint() {
            return new Fingerprint(path, sha256);
        }
    }

    /** paths per lookup query: well under every database's limit on parameters */
    private static final int LOOKUP_BATCH = 500;

    private final JdbcTemplate jdbc;

    public FileRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void forgetRun(String runId) {
        jdbc.update("DELETE FROM mi_file WHERE run_id = ?", runId);
    }

    public void record(String runId, List<RegisteredFile> files) {
        jdbc.batchUpdate("INSERT INTO mi_file (run_id, file_no, path, sha256, size_bytes, format, status, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", files, 1000, (ps, file) -> {
                    ps.setString(1, runId);
                    ps.setInt(2, file.fileNo());
                    ps.setString(3, file.path());
                    ps.setString(4, file.sha256());
                    ps.setLong(5, file.sizeBytes());
                    ps.setString(6, file.format());
                    ps.setString(7, file.status());
                    ps.setString(8, file.reason());
                });
    }

    /** A file as completed runs remember it: its path in the input folder and the SHA-256 of its bytes. */
    public record Fingerprint(String path, String sha256) {
    }

    /** Which of {@code files} a completed run imported: one query for every few hundred files, not one per file. */
    public Set<Fingerprint> imported(Collection<Fingerprint> files) {
        Set<Fingerprint> wanted = new HashSet<>(files);
        List<String> paths = wanted.stream().map(Fingerprint::path).distinct().toList();
        Set<Fingerprint> imported = new HashSet<>();
        for (int from = 0; from < paths.size(); from += LOOKUP_BATCH) {
            List<String> batch = paths.subList(from, Math.min(paths.size(), from + LOOKUP_BATCH));
            jdbc.query("SELECT path, sha256 FROM mi_imported WHERE path IN ("
                    + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")", rs -> {
                        Fingerprint f = new Fingerprint(rs.getString(1), rs.getString(2));
                        if (wanted.contains(f)) {
                            imported.add(f);
                        }
                    }, batch.toArray());
        }
        return imported;
    }

    public void markUnreadable(String runId, int fileNo, String reason) {
        jdbc.update("UPDATE mi_file SET status = ?, reason = ? WHERE run_id = ? AND file_no = ?",
                UNREADABLE, reason, runId, fileNo);
    }

    /** What the file list says about a file that is read all the same (the legacy encoding it was read in). */
    public void note(String runId, int fileNo, String reason) {
        jdbc.update("UPDATE mi_file SET reason = ? WHERE run_id = ? AND file_no = ?", reason, runId, fileNo);
    }

    /** Files of the run, in file order. */
    public List<RegisteredFile> files(String runId) {
        return jdbc.query("SELECT file_no, path, sha256, size_bytes, format, status, reason FROM mi_file"
                        + " WHERE run_id = ? ORDER BY file_no",
                (rs, i) -> new RegisteredFile(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)),
                runId);
    }

    /** Pending files of one parse partition: those whose number falls to it. */
    public List<RegisteredFile> pendingFiles(String runId, int partition, int partitions) {
        return files(runId).stream()
                .filter(f -> PENDING.equals(f.status()) && f.fileNo() % partitions == partition)
                .toList();
    }

    /**
     * After a run has published: its read files count as imported, so the next run passes over them. One statement, as
     * a run can read tens of thousands of files.
     */
    public void markImported(String runId) {
        // the statuses of RegisteredFile.toRead
        jdbc.update("INSERT INTO mi_imported (path, sha256, run_id) SELECT DISTINCT f.path, f.sha256, f.run_id FROM mi_file f"
                + " WHERE f.run_id = ? AND f.status IN (?, ?) AND NOT EXISTS"
                + " (SELECT 1 FROM mi_imported i WHERE i.path = f.path AND i.sha256 = f.sha256)", runId, PENDING, OVERRIDES);
    }
}
