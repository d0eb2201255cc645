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
import org.mozilla.universalchardet.UniversalDetector;

/**
 * The text of an export file: UTF-8 with or without a byte order mark, or UTF-16 with one; a file that is neither is
 * read in the legacy encoding a detector finds (Windows-1252 from Notepad or Excel, Windows-1251, Shift_JIS...), and
 * its file status says so, since a wrong guess garbles accented letters. When the detector cannot tell, the file is
 * refused with a reason rather than half-read.
 */
final class ExportText {

    private ExportText() {
    }

    /** The bytes looked at for a byte order mark or NUL bytes. */
    private static final int HEAD_BYTES = 8192;

    /**
     * The bytes of a streamed file looked at for its encoding: as many as the formats read ahead for the file's date
     * order ({@link #prefix}), which a byte that is not UTF-8 among them would cut short.
     */
    static final int PREFIX_BYTES = 1 << 20;

    /** Not UTF-8 (or UTF-16 with a byte order mark): the same words whether a whole file or its header is read. */
    static final String NOT_UTF8 = " text; save the export as UTF-8 and run again";

    /** The note a file read in a legacy encoding carries in the file list: the encoding is a guess. */
    static String legacyNote(Charset legacy) {
        return legacy == null ? null : "not UTF-8: read as " + legacy.name()
                + "; check accented letters, or save the export as UTF-8 and run again";
    }

    /** A file's text, and the legacy encoding it was read in when it was not UTF-8 (null when it was). */
    record Decoded(String text, Charset legacy) {
    }

    /** A streaming reader of a file, and the legacy encoding it reads in when the file is not UTF-8 (else null). */
    record Opened(BufferedReader reader, Charset legacy) {
    }

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
            return strict(charset);
        }
    }

    /**
     * A streaming reader of the file in its encoding (UTF-8, UTF-16 by its byte order mark, which is skipped, or the
     * legacy encoding its first bytes show when they are not UTF-8, or with {@code wholeFileLegacy} the one the whole
     * file shows); bytes that are not valid in it stop the read with a {@link CharacterCodingException}.
     */
    static Opened reader(Path file, boolean wholeFileLegacy) throws IOException, UnreadableExportException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(PREFIX_BYTES);
        byte[] head = in.readNBytes(PREFIX_BYTES);
        in.reset();
        Encoding encoding;
        try {
            encoding = Encoding.of(head);
        } catch (UnreadableExportException e) {
            in.close();
            throw e;
        }
        Charset legacy = encoding.bomLength() != 0 ? null
                : wholeFileLegacy ? legacyEncodingOf(file) : validUtf8(head) ? null : legacyEncoding(head);
        if (wholeFileLegacy && legacy == null) {
            in.close();
            throw new UnreadableExportException("not valid UTF-8" + NOT_UTF8);
        }
        in.skipNBytes(encoding.bomLength());
        CharsetDecoder decoder = legacy == null ? encoding.strictDecoder() : strict(legacy);
        return new Opened(new BufferedReader(new InputStreamReader(in, decoder)), legacy);
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

    static Decoded read(Path file) throws IOException, UnreadableExportException {
        byte[] bytes = Files.readAllBytes(file);
        Encoding encoding = Encoding.of(bytes);
        int start = encoding.bomLength();
        try {
            return new Decoded(encoding.strictDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString(), null);
        } catch (CharacterCodingException e) {
            Charset legacy = start == 0 ? legacyEncoding(bytes) : null;
            if (legacy != null) {
                try {
                    return new Decoded(strict(legacy).decode(ByteBuffer.wrap(bytes)).toString(), legacy);
                } catch (CharacterCodingException notThatEither) {
                    // the detector's guess does not fit every byte: refused below
                }
            }
            throw new UnreadableExportException("not valid " + encoding.charset().name() + NOT_UTF8);
        }
    }

    /** The legacy encoding a detector reads the bytes as (as browsers guess a page's), or null when it cannot tell. */
    private static Charset legacyEncoding(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return supported(detector.getDetectedCharset());
    }

    /** {@link #legacyEncoding} of a whole file, fed to the detector a block at a time until it is sure. */
    private static Charset legacyEncodingOf(Path file) throws IOException {
        UniversalDetector detector = new UniversalDetector();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[HEAD_BYTES];
            for (int n; !detector.isDone() && (n = in.read(block)) > 0; ) {
                detector.handleData(block, 0, n);
            }
        }
        detector.dataEnd();
        return supported(detector.getDetectedCharset());
    }

    private static Charset supported(String name) {
        if (name == null || !Charset.isSupported(name)) {
            return null;
        }
        Charset charset = Charset.forName(name);
        return charset.equals(StandardCharsets.UTF_8) ? null : charset;
    }

    private static boolean validUtf8(byte[] head) {
        try {
            strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(head, 0, completeUtf8(head)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The length of the head without a character its cut may have split: up to three bytes of one. */
    private static int completeUtf8(byte[] head) {
        int end = head.length;
        for (int k = 1; k <= 3 && end - k >= 0; k++) {
            int b = head[end - k] & 0xFF;
            if (b >= 0xC0) {
                return end - k; // a lead byte: its character may go on past the head
            }
            if (b < 0x80) {
                return end;
            }
        }
        return end;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
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
