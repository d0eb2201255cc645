package memoryimport.store;

import java.util.List;
import java.util.function.Consumer;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.model.Entry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** Decisions in the job's database, which every process of a run shares: what workers on other machines use. */
public class TableDecisions implements DecisionStore {

    private static final String COLUMNS = "user_id, source_file, line, saved_at, text, decision, category, reason, duplicate_of, replaces, replaced_text";

    private final JdbcTemplate jdbc;

    public TableDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Appender<Decision> appender(String runId, int partition) {
        return Appender.transactional(decisions -> save(runId, decisions));
    }

    private void save(String runId, List<? extends Decision> decisions) {
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

    @Override
    public void forEachByUser(String runId, Consumer<Decision> action) {
        // a bucket a query: a driver may hold a whole result in memory
        for (int bucket = 0; bucket < EntryStaging.BUCKETS; bucket++) {
            jdbc.query("SELECT " + COLUMNS + ", entry_id FROM mi_decision WHERE run_id = ? AND bucket = ?"
                            // the order decide made them in (EntryStaging.DECIDE_ORDER within a bucket)
                            + " ORDER BY user_id, saved_at DESC NULLS LAST, CHAR_LENGTH(text) DESC, source_file, line",
                    mapping(action), runId, bucket);
        }
    }

    @Override
    public List<String> runsNewestFirst() {
        return jdbc.queryForList("SELECT DISTINCT run_id FROM mi_file ORDER BY run_id DESC", String.class);
    }

    private static RowCallbackHandler mapping(Consumer<Decision> action) {
        return rs -> action.accept(new Decision(
                new Entry(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), null, rs.getString(5), null,
                        rs.getString(12)),
                DecisionKind.fromWord(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11)));
    }
}
