package memoryimport.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.model.Entry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** The one decision per entry that a run made. */
public class DecisionStore {

    private static final String COLUMNS = "user_id, source_file, line, saved_at, text, decision, category, reason, duplicate_of, replaces, replaced_text";

    /** Buckets read per query by {@link #forEachByUser}: 1/64 of a run. */
    private static final int SLICE = 16;

    private final JdbcTemplate jdbc;

    public DecisionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String runId, List<? extends Decision> decisions) {
        jdbc.batchUpdate("INSERT INTO mi_decision (run_id, entry_id, bucket, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                decisions, decisions.size(), (ps, d) -> {
                    Entry e = d.entry();
                    ps.setString(1, runId);
                    ps.setString(2, e.id());
                    ps.setInt(3, EntryStaging.bucketOf(e.userId()));
                    ps.setString(4, e.userId());
                    ps.setString(5, e.sourceFile());
                    ps.setInt(6, e.line());
                    ps.setString(7, e.savedAt());
                    ps.setString(8, e.text());
                    ps.setString(9, d.decision().word());
                    ps.setString(10, d.category());
                    ps.setString(11, d.reason());
                    ps.setString(12, d.duplicateOf());
                    ps.setString(13, d.replaces());
                    ps.setString(14, d.replacedText());
                });
    }

    /**
     * Decisions of the run, one user after another (users in bucket order), newest first within a user. Read a slice
     * of buckets at a time, so that no result set grows with the run.
     */
    public void forEachByUser(String runId, Consumer<Decision> action) {
        for (int from = 0; from < EntryStaging.BUCKETS; from += SLICE) {
            jdbc.query("SELECT " + COLUMNS + " FROM mi_decision WHERE run_id = ? AND bucket >= ? AND bucket < ?"
                            + " ORDER BY bucket, user_id, saved_at DESC NULLS LAST, source_file, line",
                    mapping(action), runId, from, from + SLICE);
        }
    }

    /**
     * The decision each of these entries got in the newest run that read it (run ids sort in time order): one pass
     * over the newest run's decisions, then the next run's for entries not found yet, and so on.
     */
    public Map<String, Decision> latest(java.util.Set<String> entryIds) {
        Map<String, Decision> found = new java.util.HashMap<>();
        for (String runId : jdbc.queryForList("SELECT DISTINCT run_id FROM mi_file ORDER BY run_id DESC", String.class)) {
            if (found.size() == entryIds.size()) {
                break;
            }
            forEachByUser(runId, d -> {
                if (entryIds.contains(d.entryId())) {
                    found.putIfAbsent(d.entryId(), d);
                }
            });
        }
        return found;
    }

    private static RowCallbackHandler mapping(Consumer<Decision> action) {
        return rs -> action.accept(new Decision(
                new Entry(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), null, rs.getString(5), null),
                DecisionKind.fromWord(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11)));
    }

    public Map<String, Long> countByDecision(String runId) {
        return counts("SELECT decision, COUNT(*) FROM mi_decision WHERE run_id = ? GROUP BY decision", runId);
    }

    public Map<String, Long> countByUser(String runId) {
        return counts("SELECT user_id, COUNT(*) FROM mi_decision WHERE run_id = ? GROUP BY user_id", runId);
    }

    private Map<String, Long> counts(String sql, String runId) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(sql, (RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)), runId);
        return counts;
    }
}
