package memoryimport.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Staging in the job's database, which every process of a run shares: what workers on other machines use. Appends
 * go in the chunk's transaction, so a restart has nothing to rewind. The table's key leads with the bucket.
 */
public class TableStaging implements EntryStaging {

    private static final String BUCKET_SELECT = "SELECT user_id, source_file, line, saved_at, heading, text,"
            + " invalid_reason, must_drop, findings, entry_id FROM mi_entry WHERE run_id = ? AND bucket = ?"
            // EntryStaging.DECIDE_ORDER within a bucket
            + " ORDER BY user_id, saved_at DESC NULLS LAST, CHAR_LENGTH(text) DESC, source_file, line";

    private static final RowMapper<ScreenedEntry> ROW_MAPPER = (rs, i) -> new ScreenedEntry(
            new Entry(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(10)),
            FindingCodec.decode(rs.getString(9)), rs.getBoolean(8));

    private final JdbcTemplate jdbc;

    public TableStaging(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Appender<ScreenedEntry> appender(String runId, int partition) {
        return Appender.transactional(entries -> stage(runId, entries));
    }

    private void stage(String runId, List<? extends ScreenedEntry> entries) {
        jdbc.batchUpdate("INSERT INTO mi_entry (run_id, entry_id, user_id, bucket, source_file, line, saved_at, heading,"
                        + " text, invalid_reason, must_drop, findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries, entries.size(), (ps, s) -> {
                    Entry e = s.entry();
                    ps.setString(1, runId);
                    ps.setString(2, e.id());
                    ps.setString(3, e.userId());
                    ps.setInt(4, EntryStaging.bucketOf(e.userId()));
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

    @Override
    public Iterator<ScreenedEntry> slice(String runId, int from, int to) {
        // a bucket a query: a driver may hold a whole result in memory, and a slice is 1/64 of the run
        List<Supplier<List<ScreenedEntry>>> buckets = new ArrayList<>();
        for (int bucket = from; bucket < to; bucket++) {
            int b = bucket;
            buckets.add(() -> jdbc.query(BUCKET_SELECT, ROW_MAPPER, runId, b));
        }
        return LazyParts.concat(buckets);
    }

    /** Each range commits on its own: one transaction deleting a whole run holds every deleted row until it ends. */
    @Override
    public void clear(String runId, int fromBucket, int toBucket) {
        jdbc.update("DELETE FROM mi_entry WHERE run_id = ? AND bucket >= ? AND bucket < ?", runId, fromBucket,
                toBucket);
    }
}
