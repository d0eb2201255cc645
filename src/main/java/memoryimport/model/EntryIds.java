package memoryimport.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Entry ids a reviewer can quote and an overrides file can name: a short hash of where the entry stands. */
public final class EntryIds {

    private EntryIds() {
    }

    public static String of(String userId, String sourceFile, int line) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((userId + '\u0000' + sourceFile + '\u0000' + line).getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
