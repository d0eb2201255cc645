package memoryimport.publish;

import java.util.List;

/**
 * One change to a user's memory, as edits/&lt;user&gt;.jsonl carries it.
 *
 * @param op       {@code add} (later: {@code replace}, {@code remove})
 * @param text     the memory text
 * @param category its category
 * @param savedAt  ISO date, month or year, or null
 * @param sources  where it was read: the kept entry first, then the entries that repeated it
 */
public record MemoryEdit(String op, String entryId, String text, String category, String savedAt, List<Source> sources) {

    /** One entry that said this memory. */
    public record Source(String entryId, String file, int line) {
    }
}
