package memoryimport.parse;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of an export file: UTF-8 with or without a byte order mark, or UTF-16 with one. Anything else is refused
 * with a reason rather than half-read: a wrong guess at a legacy encoding would garble names and values silently.
 */
final class ExportText {

    private ExportText() {
    }

    /** Not UTF-8 (or UTF-16 with a byte order mark): the same words whether a whole file or its header is read. */
    static final String NOT_UTF8 = " text; save the export as UTF-8 and run again";

    /**
     * A streaming reader of the file in its encoding (UTF-8, or UTF-16 by its byte order mark, which is skipped); bytes
     * that are not valid in it stop the read with a {@link CharacterCodingException}.
     */
    static BufferedReader reader(Path file) throws IOException, UnreadableExportException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(8192);
        byte[] head = in.readNBytes(8192);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        long skip = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (hasNul(head)) {
            in.close();
            throw new UnreadableExportException("binary file, not a text export");
        }
        in.skipNBytes(skip);
        return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    static String read(Path file) throws IOException, UnreadableExportException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (hasNul(bytes)) {
            throw new UnreadableExportException("binary file, not a text export");
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableExportException("not valid " + charset.name() + NOT_UTF8);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
