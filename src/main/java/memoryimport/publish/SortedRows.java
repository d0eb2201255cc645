package memoryimport.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Rows (a key and its text) added in any order and written out in key order, holding at most about
 * {@code maxBufferedChars} of text in memory: a full buffer goes, sorted, to a temporary file beside the report, and
 * {@link #writeTo} merges those files with what is left in memory. Keys are user ids, ordered as a reviewer looks
 * them up: ignoring case, then exactly.
 */
final class SortedRows implements AutoCloseable {

    static final Comparator<String> KEY_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.<String>naturalOrder());
    private static final Comparator<Map.Entry<String, String>> ROW_ORDER = Map.Entry.comparingByKey(KEY_ORDER);

    private final Path dir;
    private final long maxBufferedChars;
    private final List<Map.Entry<String, String>> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long bufferedChars;

    SortedRows(Path dir, long maxBufferedChars) {
        this.dir = dir;
        this.maxBufferedChars = maxBufferedChars;
    }

    void add(String key, String row) throws IOException {
        buffer.add(Map.entry(key, row));
        bufferedChars += key.length() + row.length();
        if (bufferedChars > maxBufferedChars) {
            spill();
        }
    }

    boolean isEmpty() {
        return buffer.isEmpty() && runs.isEmpty();
    }

    /** Writes every row's text in key order; call once. */
    void writeTo(Writer out) throws IOException {
        if (runs.isEmpty()) {
            buffer.sort(ROW_ORDER);
            for (Map.Entry<String, String> row : buffer) {
                out.write(row.getValue());
            }
            return;
        }
        if (!buffer.isEmpty()) {
            spill();
        }
        PriorityQueue<RunCursor> next = new PriorityQueue<>(Comparator.comparing(RunCursor::key, KEY_ORDER));
        List<RunCursor> open = new ArrayList<>();
        try {
            for (Path run : runs) {
                RunCursor c = new RunCursor(run);
                open.add(c);
                if (c.advance()) {
                    next.add(c);
                }
            }
            while (!next.isEmpty()) {
                RunCursor c = next.poll();
                out.write(c.row());
                if (c.advance()) {
                    next.add(c);
                }
            }
        } finally {
            for (RunCursor c : open) {
                c.in.close();
            }
        }
    }

    private void spill() throws IOException {
        buffer.sort(ROW_ORDER);
        Path run = Files.createTempFile(dir, ".report-rows", ".tmp");
        runs.add(run);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (Map.Entry<String, String> row : buffer) {
                writeString(out, row.getKey());
                writeString(out, row.getValue());
            }
        }
        buffer.clear();
        bufferedChars = 0;
    }

    /** Length-prefixed UTF-8: a section can be far longer than writeUTF's 64 KB. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
        runs.clear();
        buffer.clear();
    }

    /** The next row of one sorted temporary file. */
    private static final class RunCursor {
        private final DataInputStream in;
        private String key;
        private String row;

        RunCursor(Path run) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
        }

        boolean advance() throws IOException {
            try {
                key = readString(in);
            } catch (EOFException end) {
                return false;
            }
            row = readString(in);
            return true;
        }

        String key() {
            return key;
        }

        String row() {
            return row;
        }
    }
}
