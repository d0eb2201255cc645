package memoryimport.parse;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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

    /** The bytes looked at for a byte order mark or NUL bytes. */
    private static final int HEAD_BYTES = 8192;

    /** Not UTF-8 (or UTF-16 with a byte order mark): the same words whether a whole file or its header is read. */
    static final String NOT_UTF8 = " text; save the export as UTF-8 and run again";

    /** The encoding a file's first bytes show, and how many of them are its byte order mark. */
    private record Encoding(Charset charset, int bomLength) {

        /** UTF-8 (with or without a byte order mark) or UTF-16 by its mark; NUL bytes without a mark: not text. */
        static Encoding of(byte[] head) throws UnreadableExportException {
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                return new Encoding(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(head, 0xFF, 0xFE)) {
                return new Encoding(StandardCharsets.UTF_16LE, 2);
            }
            if (startsWith(head, 0xFE, 0xFF)) {
                return new Encoding(StandardCharsets.UTF_16BE, 2);
            }
            if (hasNul(head)) {
                throw new UnreadableExportException("binary file, not a text export");
            }
            return new Encoding(StandardCharsets.UTF_8, 0);
        }

        /** A decoder that reports bytes not valid in the encoding instead of replacing them. */
        CharsetDecoder strictDecoder() {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
    }

    /**
     * A streaming reader of the file in its encoding (UTF-8, or UTF-16 by its byte order mark, which is skipped); bytes
     * that are not valid in it stop the read with a {@link CharacterCodingException}.
     */
    static BufferedReader reader(Path file) throws IOException, UnreadableExportException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        Encoding encoding;
        try {
            encoding = Encoding.of(head);
        } catch (UnreadableExportException e) {
            in.close();
            throw e;
        }
        in.skipNBytes(encoding.bomLength());
        return new BufferedReader(new InputStreamReader(in, encoding.strictDecoder()));
    }

    /**
     * The first characters of a streamed file, up to {@code limit}, the reader put back to where it was. Bytes that are
     * not valid text end the prefix early ({@link Prefix#stopped}); the stream then stops at them again when read on.
     */
    static Prefix prefix(BufferedReader reader, int limit) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[Math.min(limit, 8192)];
        boolean stopped = false;
        boolean whole = false;
        reader.mark(limit);
        try {
            for (int n; text.length() < limit; text.append(chunk, 0, n)) {
                n = reader.read(chunk, 0, Math.min(chunk.length, limit - text.length()));
                if (n < 0) {
                    whole = true;
                    break;
                }
            }
        } catch (CharacterCodingException e) {
            stopped = true;
        }
        reader.reset();
        return new Prefix(text.toString(), stopped, whole);
    }

    /**
     * The first characters of a file; {@code stopped} when bytes that are not valid text came before the limit,
     * {@code whole} when the file ended before it.
     */
    record Prefix(String text, boolean stopped, boolean whole) {

        /** The first line, or null when the prefix ends first (a longer line, or not valid text within it). */
        String firstLine() {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    return text.substring(0, i);
                }
            }
            return whole ? text : null;
        }
    }

    static String read(Path file) throws IOException, UnreadableExportException {
        byte[] bytes = Files.readAllBytes(file);
        Encoding encoding = Encoding.of(bytes);
        try {
            int start = encoding.bomLength();
            return encoding.strictDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableExportException("not valid " + encoding.charset().name() + NOT_UTF8);
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
        for (int i = 0, n = Math.min(bytes.length, HEAD_BYTES); i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
