package memoryimport.store;

import java.util.List;
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
    }

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

    public boolean wasImported(String path, String sha256) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM mi_imported WHERE path = ? AND sha256 = ?",
                Integer.class, path, sha256);
        return n != null && n > 0;
    }

    public void markUnreadable(String runId, int fileNo, String reason) {
        jdbc.update("UPDATE mi_file SET status = ?, reason = ? WHERE run_id = ? AND file_no = ?",
                UNREADABLE, reason, runId, fileNo);
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

    /** After a run has published: its read files count as imported, so the next run passes over them. */
    public void markImported(String runId) {
        for (RegisteredFile f : files(runId)) {
            if ((PENDING.equals(f.status()) || OVERRIDES.equals(f.status())) && !wasImported(f.path(), f.sha256())) {
                jdbc.update("INSERT INTO mi_imported (path, sha256, run_id) VALUES (?, ?, ?)", f.path(), f.sha256(), runId);
            }
        }
    }
}
