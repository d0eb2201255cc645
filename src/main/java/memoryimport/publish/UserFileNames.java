package memoryimport.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * File names for user ids that come from folder names and CSV cells: only safe characters, bounded length, and a
 * hash suffix whenever the id had to be changed so that two ids never share a file.
 */
public final class UserFileNames {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Pattern UNSAFE_CHARS = Pattern.compile("[^A-Za-z0-9._-]+");

    private UserFileNames() {
    }

    public static String of(String userId) {
        if (SAFE.matcher(userId).matches() && !userId.contains("..")) {
            return userId;
        }
        String readable = UNSAFE_CHARS.matcher(userId).replaceAll("_").replace("..", "_");
        readable = readable.replaceAll("^[._-]+", "");
        if (readable.length() > 60) {
            readable = readable.substring(0, 60);
        }
        return (readable.isEmpty() ? "user" : readable) + "-" + shortHash(userId);
    }

    private static String shortHash(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
