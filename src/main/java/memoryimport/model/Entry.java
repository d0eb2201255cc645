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

    /** The longest text, user id and heading an entry keeps (the tables hold 32,000, 512, 512; masks add length). */
    public static final int MAX_TEXT = 30_000;
    public static final int MAX_USER_ID = 512;
    public static final int MAX_HEADING = 512;

    /**
     * A readable entry; one whose text or user id is longer than the job can store is invalid, with its text cut at
     * a space (so no value is cut in half and slips past the sensitive screen), and an over-long heading is cut.
     */
    public static Entry of(String userId, String sourceFile, int line, String savedAt, String heading, String text) {
        if (text.length() > MAX_TEXT || userId.length() > MAX_USER_ID) {
            String what = text.length() > MAX_TEXT ? "entry is " + text.length() + " characters long"
                    : "user id is " + userId.length() + " characters long";
            return invalid(userId, sourceFile, line, text,
                    what + "; the job stores at most " + MAX_TEXT + " characters of text and " + MAX_USER_ID
                            + " of user id");
        }
        String hint = heading == null || heading.length() <= MAX_HEADING ? heading : cut(heading, MAX_HEADING);
        return new Entry(userId, sourceFile, line, savedAt, hint, text, null);
    }

    /** At most {@code max} characters, ended at the last space before the limit; nothing when there is none. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int space = s.lastIndexOf(' ', max);
        return space > 0 ? s.substring(0, space) : "";
    }

    public static Entry invalid(String userId, String sourceFile, int line, String text, String reason) {
        String shown = text == null ? "" : text.length() > MAX_TEXT ? cut(text, 200) : text;
        String user = userId.length() > MAX_USER_ID ? userId.substring(0, MAX_USER_ID) : userId;
        return new Entry(user, sourceFile, line, null, null, shown, reason);
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
