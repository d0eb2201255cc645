package memoryimport.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the records of a spill file into a buffer of its own, byte for byte as {@link java.io.DataOutputStream} would
 * (which {@link SpillInput} reads): a DataOutputStream over a BufferedOutputStream takes a lock for every byte of every
 * int, some fifty locks a record. Not thread-safe.
 */
final class SpillOutput implements Closeable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 15];
    private int position;
    private long written;

    SpillOutput(OutputStream out) {
        this.out = out;
    }

    void writeInt(int v) throws IOException {
        room(4);
        byte[] b = buffer;
        int p = position;
        b[p] = (byte) (v >>> 24);
        b[p + 1] = (byte) (v >>> 16);
        b[p + 2] = (byte) (v >>> 8);
        b[p + 3] = (byte) v;
        position = p + 4;
    }

    void writeBoolean(boolean v) throws IOException {
        room(1);
        buffer[position++] = (byte) (v ? 1 : 0);
    }

    /** Its UTF-8 length (-1 for null), then the bytes. */
    void writeString(String s) throws IOException {
        if (s == null) {
            writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        if (bytes.length > buffer.length) {
            flushBuffer();
            out.write(bytes);
            written += bytes.length;
            return;
        }
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    /** Bytes written since this output was opened, flushed or not. */
    long size() {
        return written + position;
    }

    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flushBuffer();
        }
    }

    private void room(int n) throws IOException {
        if (buffer.length - position < n) {
            flushBuffer();
        }
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, position);
        written += position;
        position = 0;
    }
}
