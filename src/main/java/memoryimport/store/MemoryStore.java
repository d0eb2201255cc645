package memoryimport.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import memoryimport.model.Memory;
import memoryimport.model.RemovedMemory;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each user's memory as every run so far kept it; what dedupe compares new entries against. Stored a set of memories
 * to a row (those one chunk kept for one user), not a row a memory: decide adds a third of a million memories a
 * million entries, and row inserts into a disk-backed table cost a sixth of its time.
 */
public class MemoryStore {

    /** Newest first, undated last; then by run and entry, so that every lookup sees the same order. */
    private static final Comparator<Memory> NEWEST_FIRST = Comparator
            .comparing(Memory::savedAt, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(Memory::runId).thenComparing(Memory::entryId);
    /** JSON characters in a row at most (the column holds 10,485,760, PostgreSQL's largest VARCHAR) */
    private static final int SET_CHARS = 1_000_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    public MemoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Memory> memoriesOf(String userId) {
        List<Memory> memories = new ArrayList<>();
        for (MemorySet set : setsOf(userId)) {
            memories.addAll(set.memories());
        }
        memories.sort(NEWEST_FIRST);
        return memories;
    }

    public boolean contains(String userId, String entryId) {
        return setsOf(userId).stream().anyMatch(set -> set.memories().stream().anyMatch(m -> m.entryId().equals(entryId)));
    }

    /** Takes out memories that newer ones replaced or a reviewer dropped (user id, entry id pairs). */
    public void remove(List<String[]> userAndEntryIds) {
        Map<String, Set<String>> byUser = new LinkedHashMap<>();
        for (String[] ids : userAndEntryIds) {
            byUser.computeIfAbsent(ids[0], k -> new HashSet<>()).add(ids[1]);
        }
        byUser.forEach((userId, entryIds) -> {
            for (MemorySet set : setsOf(userId)) {
                List<Memory> left = set.memories().stream().filter(m -> !entryIds.contains(m.entryId())).toList();
                if (left.isEmpty()) {
                    jdbc.update("DELETE FROM mi_memory_set WHERE user_id = ? AND run_id = ? AND first_entry = ?",
                            userId, set.runId(), set.firstEntry());
                } else if (left.size() < set.memories().size()) {
                    jdbc.update("UPDATE mi_memory_set SET memories = ? WHERE user_id = ? AND run_id = ? AND first_entry = ?",
                            encode(left), userId, set.runId(), set.firstEntry());
                }
            }
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

    /** Adds memories, a row for each user and run among them (more when their text passes {@link #SET_CHARS}). */
    public void add(List<Memory> memories) {
        Map<List<String>, List<Memory>> byUserAndRun = new LinkedHashMap<>();
        for (Memory m : memories) {
            byUserAndRun.computeIfAbsent(List.of(m.userId(), m.runId()), k -> new ArrayList<>()).add(m);
        }
        List<List<Memory>> sets = new ArrayList<>();
        for (List<Memory> group : byUserAndRun.values()) {
            int from = 0;
            int chars = 0;
            for (int i = 0; i < group.size(); i++) {
                int size = group.get(i).text().length() * 2 + 100; // escapes at most double a text
                if (i > from && chars + size > SET_CHARS) {
                    sets.add(group.subList(from, i));
                    from = i;
                    chars = 0;
                }
                chars += size;
            }
            sets.add(group.subList(from, group.size()));
        }
        jdbc.batchUpdate("INSERT INTO mi_memory_set (user_id, run_id, first_entry, memories) VALUES (?, ?, ?, ?)",
                sets, sets.size(), (ps, set) -> {
                    Memory first = set.get(0);
                    ps.setString(1, first.userId());
                    ps.setString(2, first.runId());
                    ps.setString(3, first.entryId());
                    ps.setString(4, encode(set));
                });
    }

    /**
     * Moves the memories of a database written by a version that stored a row a memory (table mi_memory) into sets.
     * Call in a transaction.
     */
    public void moveRowsIntoSets() {
        List<Memory> group = new ArrayList<>();
        jdbc.query("SELECT entry_id, user_id, text, category, saved_at, run_id FROM mi_memory ORDER BY user_id, run_id",
                rs -> {
                    Memory m = new Memory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6));
                    if (!group.isEmpty() && !(group.get(0).userId().equals(m.userId())
                            && group.get(0).runId().equals(m.runId()))) {
                        add(group);
                        group.clear();
                    }
                    group.add(m);
                });
        if (!group.isEmpty()) {
            add(group);
            jdbc.update("DELETE FROM mi_memory");
        }
    }

    private record MemorySet(String runId, String firstEntry, List<Memory> memories) {
    }

    private List<MemorySet> setsOf(String userId) {
        return jdbc.query("SELECT run_id, first_entry, memories FROM mi_memory_set WHERE user_id = ?",
                (rs, i) -> new MemorySet(rs.getString(1), rs.getString(2), decode(userId, rs.getString(1), rs.getString(3))),
                userId);
    }

    private static String encode(List<Memory> memories) {
        List<String[]> rows = new ArrayList<>(memories.size());
        for (Memory m : memories) {
            rows.add(new String[] {m.entryId(), m.text(), m.category(), m.savedAt()});
        }
        return JSON.writeValueAsString(rows);
    }

    private static List<Memory> decode(String userId, String runId, String json) {
        List<Memory> memories = new ArrayList<>();
        for (String[] m : JSON.readValue(json, String[][].class)) {
            memories.add(new Memory(m[0], userId, m[1], m[2], m[3], runId));
        }
        return memories;
    }
}
