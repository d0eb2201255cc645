package memoryimport.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Entry ids a reviewer can quote and an overrides file can name: a short hash of where the entry stands. */
public final class EntryIds {

    /** One digest a thread: looking the algorithm up cost more than hashing (JFR, every step asks for ids). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    private EntryIds() {
    }

    public static String of(String userId, String sourceFile, int line) {
        return hashOf(userId + '\u0000' + sourceFile + '\u0000' + line);
    }

    /**
     * The id of the entry {@code ordinal} places after the first one starting on the same line (a minified JSON array
     * puts every memory on line 1); ordinal 0 is {@link #of(String, String, int)}.
     */
    public static String of(String userId, String sourceFile, int line, int ordinal) {
        return ordinal == 0 ? of(userId, sourceFile, line)
                : hashOf(userId + '\u0000' + sourceFile + '\u0000' + line + '\u0000' + ordinal);
    }

    private static String hashOf(String where) {
        byte[] hash = SHA_256.get().digest(where.getBytes(StandardCharsets.UTF_8));
        return "e" + HexFormat.of().formatHex(hash, 0, 8);
    }
}
