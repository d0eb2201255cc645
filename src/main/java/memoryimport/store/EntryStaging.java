package memoryimport.store;

import java.util.List;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Screened entries between the parse and decide steps. */
public class EntryStaging {

    /**
     * Buckets users are hashed into. Decide partitions take contiguous ranges of buckets, and every read of staged
     * entries or decisions goes a range of buckets at a time (the tables' keys lead with the bucket), so no result set
     * grows with the size of the run.
     */
    public static final int BUCKETS = 1024;

    private static final String SLICE_SELECT = "SELECT user_id, source_file, line, saved_at, heading, text,"
            + " invalid_reason, must_drop, findings FROM mi_entry WHERE run_id = ? AND bucket >= ? AND bucket < ?"
            // one user after another; newest first, and on the same date the longer (more informative) text:
            // the first of a group of repeats is the one kept
            + " ORDER BY bucket, user_id, saved_at DESC NULLS LAST, CHAR_LENGTH(text) DESC, source_file, line";

    private static final RowMapper<ScreenedEntry> ROW_MAPPER = (rs, i) -> new ScreenedEntry(
            new Entry(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7)),
            FindingCodec.decode(rs.getString(9)), rs.getBoolean(8));

    private final JdbcTemplate jdbc;

    public EntryStaging(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static int bucketOf(String userId) {
        return Math.floorMod(userId.hashCode(), BUCKETS);
    }

    public void stage(String runId, List<? extends ScreenedEntry> entries) {
        jdbc.batchUpdate("INSERT INTO mi_entry (run_id, entry_id, user_id, bucket, source_file, line, saved_at, heading,"
                        + " text, invalid_reason, must_drop, findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries, entries.size(), (ps, s) -> {
                    Entry e = s.entry();
                    ps.setString(1, runId);
                    ps.setString(2, e.id());
                    ps.setString(3, e.userId());
                    ps.setInt(4, bucketOf(e.userId()));
                    ps.setString(5, e.sourceFile());
                    ps.setInt(6, e.line());
                    ps.setString(7, e.savedAt());
                    ps.setString(8, e.heading());
                    ps.setString(9, e.text());
                    ps.setString(10, e.invalidReason());
                    ps.setBoolean(11, s.mustDrop());
                    ps.setString(12, FindingCodec.encode(s.findings()));
                });
    }

    /** The staged entries of buckets {@code from} (inclusive) to {@code to}, user after user, as decide needs them. */
    public List<ScreenedEntry> slice(String runId, int from, int to) {
        return jdbc.query(SLICE_SELECT, ROW_MAPPER, runId, from, to);
    }

    /** Staged text is only needed until the run has published; cleared a range of buckets at a time. */
    public int clear(String runId, int fromBucket, int toBucket) {
        return jdbc.update("DELETE FROM mi_entry WHERE run_id = ? AND bucket >= ? AND bucket < ?", runId, fromBucket,
                toBucket);
    }
}
