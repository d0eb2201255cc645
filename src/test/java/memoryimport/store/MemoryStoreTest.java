package memoryimport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import memoryimport.model.Memory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class MemoryStoreTest {

    private JdbcTemplate jdbc;
    private MemoryStore store;

    @BeforeEach
    void database() {
        jdbc = InMemoryDatabase.withSchema();
        store = new MemoryStore(jdbc);
    }

    @Test
    void aUsersMemoriesComeBackNewestFirstUndatedLastWhateverChunkOrRunAddedThem() {
        // given two runs' chunks, with another user's memories between them
        store.add(List.of(memory("e1", "ann", "2024-01-05", "r1"), memory("e2", "bob", "2024-09-01", "r1"),
                memory("e3", "ann", null, "r1")));
        store.add(List.of(memory("e4", "ann", "2024-03-01", "r2"), memory("e5", "ann", "2024-01-05", "r2")));

        // when / then
        assertThat(store.memoriesOf("ann")).extracting(Memory::entryId).containsExactly("e4", "e1", "e5", "e3");
        assertThat(store.memoriesOf("ann").get(0))
                .isEqualTo(new Memory("e4", "ann", "text of e4", "tools", "2024-03-01", "r2"));
        assertThat(store.memoriesOf("bob")).extracting(Memory::entryId).containsExactly("e2");
        assertThat(store.memoriesOf("cid")).isEmpty();
    }

    @Test
    void aChunkWhoseTextsPassARowsLimitIsStoredInSeveralRowsAndReadWhole() {
        // given 40 memories of 30,000 characters (quotes and backslashes, which JSON escapes) kept by one chunk
        List<Memory> large = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            large.add(new Memory(String.format("e%02d", i), "ann", "\"\\".repeat(15_000), "projects", "2024-05-01", "r1"));
        }

        // when
        store.add(large);

        // then
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mi_memory_set", Integer.class)).isGreaterThan(1);
        assertThat(store.memoriesOf("ann")).containsExactlyElementsOf(large);
    }

    @Test
    void removingTakesOutTheNamedMemoriesOnly() {
        // given
        store.add(List.of(memory("e1", "ann", "2024-01-01", "r1"), memory("e2", "ann", "2024-01-02", "r1")));
        store.add(List.of(memory("e3", "ann", "2024-01-03", "r2"), memory("e1", "bob", "2024-01-01", "r2")));

        // when
        store.remove(List.of(new String[] {"ann", "e1"}, new String[] {"ann", "e3"}));

        // then
        assertThat(store.memoriesOf("ann")).extracting(Memory::entryId).containsExactly("e2");
        assertThat(store.contains("ann", "e1")).isFalse();
        assertThat(store.contains("ann", "e2")).isTrue();
        assertThat(store.contains("bob", "e1")).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mi_memory_set WHERE user_id = 'ann'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aDatabaseWithARowAMemoryHasItsMemoriesMovedIntoSets() {
        // given rows as versions before sets wrote them
        for (Memory m : List.of(memory("e1", "ann", "2024-01-01", "r1"), memory("e2", "ann", null, "r2"),
                memory("e3", "bob", "2024-02-01", "r1"))) {
            jdbc.update("INSERT INTO mi_memory (user_id, run_id, entry_id, text, category, saved_at) VALUES (?, ?, ?, ?, ?, ?)",
                    m.userId(), m.runId(), m.entryId(), m.text(), m.category(), m.savedAt());
        }

        // when
        store.moveRowsIntoSets();

        // then
        assertThat(store.memoriesOf("ann")).extracting(Memory::entryId).containsExactly("e1", "e2");
        assertThat(store.memoriesOf("bob")).containsExactly(memory("e3", "bob", "2024-02-01", "r1"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mi_memory", Integer.class)).isZero();
    }

    private static Memory memory(String entryId, String userId, String savedAt, String runId) {
        return new Memory(entryId, userId, "text of " + entryId, "tools", savedAt, runId);
    }
}
