package memoryimport.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import memoryimport.model.Memory;
import memoryimport.model.RemovedMemory;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each user's memory as every run so far kept it; what dedupe compares new entries against. */
public class MemoryStore {

    private final JdbcTemplate jdbc;

    public MemoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Memory> memoriesOf(String userId) {
        return jdbc.query("SELECT entry_id, user_id, text, category, saved_at, run_id FROM mi_memory WHERE user_id = ?"
                        + " ORDER BY saved_at DESC NULLS LAST, run_id, entry_id",
                (rs, i) -> new Memory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)),
                userId);
    }

    public boolean contains(String userId, String entryId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM mi_memory WHERE user_id = ? AND entry_id = ?",
                Integer.class, userId, entryId);
        return n != null && n > 0;
    }

    /** Takes out memories that newer ones replaced (user id, entry id pairs). */
    public void remove(List<String[]> userAndEntryIds) {
        jdbc.batchUpdate("DELETE FROM mi_memory WHERE user_id = ? AND entry_id = ?", userAndEntryIds,
                userAndEntryIds.size(), (ps, ids) -> {
                    ps.setString(1, ids[0]);
                    ps.setString(2, ids[1]);
                });
    }

    /** Remembers memories taken out, so that their text read again stays out. */
    public void forget(List<RemovedMemory> removed) {
        jdbc.batchUpdate("INSERT INTO mi_removed (user_id, text_key, reason, superseded_at, run_id) VALUES (?, ?, ?, ?, ?)",
                removed, removed.size(), (ps, r) -> {
                    ps.setString(1, r.userId());
                    ps.setString(2, r.textKey());
                    ps.setString(3, r.reason());
                    ps.setString(4, r.supersededAt());
                    ps.setString(5, r.runId());
                });
    }

    /** A reviewer kept a text that had been taken out: it may come back. */
    public void unforget(String userId, String textKey) {
        jdbc.update("DELETE FROM mi_removed WHERE user_id = ? AND text_key = ?", userId, textKey);
    }

    /** The texts taken out of this user's memory, by text key (the latest removal of each). */
    public Map<String, RemovedMemory> removedOf(String userId) {
        Map<String, RemovedMemory> removed = new HashMap<>();
        jdbc.query("SELECT user_id, text_key, reason, superseded_at, run_id FROM mi_removed WHERE user_id = ? ORDER BY run_id",
                rs -> {
                    removed.put(rs.getString(2), new RemovedMemory(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }, userId);
        return removed;
    }

    public void add(List<Memory> memories) {
        jdbc.batchUpdate("INSERT INTO mi_memory (user_id, run_id, entry_id, text, category, saved_at) VALUES (?, ?, ?, ?, ?, ?)",
                memories, memories.size(), (ps, m) -> {
                    ps.setString(1, m.userId());
                    ps.setString(2, m.runId());
                    ps.setString(3, m.entryId());
                    ps.setString(4, m.text());
                    ps.setString(5, m.category());
                    ps.setString(6, m.savedAt());
                });
    }
}
