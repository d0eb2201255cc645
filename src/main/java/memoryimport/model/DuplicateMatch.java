package memoryimport.model;

/**
 * Why an entry repeats a memory the user already has.
 *
 * @param memory the memory it repeats
 * @param kind   {@code exact}, {@code near} or {@code paraphrase}
 * @param score  similarity 0..1 (1 for exact)
 */
public record DuplicateMatch(Memory memory, String kind, double score) {

    public String describe() {
        return "exact".equals(kind) ? "exact repeat" : String.format(java.util.Locale.ROOT, "%s repeat (%.2f)", kind, score);
    }
}
