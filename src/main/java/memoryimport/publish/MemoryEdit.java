package memoryimport.publish;

import java.util.List;

/**
 * One change to a user's memory, as edits/&lt;user&gt;.jsonl carries it.
 *
 * @param op       {@code add}, or {@code replace} when it updates a single-valued fact an earlier run imported
 * @param text     the memory text
 * @param category its category
 * @param savedAt  ISO date, month or year, or null
 * @param sources  where it was read: the kept entry first, then the entries that repeated it
 * @param replaces for {@code replace}: the memory it replaces (its entry id and text), else null
 */
public record MemoryEdit(String op, String entryId, String text, String category, String savedAt, List<Source> sources,
                         Replaced replaces) {

    /** The earlier memory a {@code replace} edit takes the place of. */
    public record Replaced(String entryId, String text) {
    }

    /** One entry that said this memory. */
    public record Source(String entryId, String file, int line) {
    }
}
