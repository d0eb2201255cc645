package memoryimport.model;

/**
 * One memory line as read from an export, before any decision.
 *
 * @param userId     whose memory this is (folder name, or the user id column of a bulk file)
 * @param sourceFile path of the export relative to the input folder, with '/' separators
 * @param line       1-based line where the entry starts in its file
 * @param savedAt    ISO date (yyyy-MM-dd) or month (yyyy-MM) or year (yyyy) the assistant saved it, or null
 * @param heading    the heading or category label the entry sits under in its export, or null
 * @param text       the memory text, trimmed, never null (empty only for invalid entries)
 * @param invalidReason why a line that looks like an entry cannot be read, or null for a readable entry
 * @param id         stable across runs: the same line of the same export of the same user always gets the same id
 *                   ({@link EntryIds}); computed once here, as every step asks for it several times
 */
public record Entry(String userId, String sourceFile, int line, String savedAt, String heading, String text,
                    String invalidReason, String id) {

    public Entry(String userId, String sourceFile, int line, String savedAt, String heading, String text,
                 String invalidReason) {
        this(userId, sourceFile, line, savedAt, heading, text, invalidReason, EntryIds.of(userId, sourceFile, line));
    }

    public static Entry of(String userId, String sourceFile, int line, String savedAt, String heading, String text) {
        return new Entry(userId, sourceFile, line, savedAt, heading, text, null);
    }

    public static Entry invalid(String userId, String sourceFile, int line, String text, String reason) {
        return new Entry(userId, sourceFile, line, null, null, text == null ? "" : text, reason);
    }

    /** This entry as the one {@code ordinal} places after the first that starts on the same line ({@link EntryIds}). */
    public Entry onSameLineAs(int ordinal) {
        return new Entry(userId, sourceFile, line, savedAt, heading, text, invalidReason,
                EntryIds.of(userId, sourceFile, line, ordinal));
    }

    public boolean isInvalid() {
        return invalidReason != null;
    }
}
