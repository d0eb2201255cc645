package memoryimport.store;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the records of a spill file as {@link SpillOutput} wrote them, from a buffer of its own: a DataInputStream
 * over a BufferedInputStream takes a lock for every byte of every int. Not thread-safe.
 */
final class SpillInput implements Closeable {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    SpillInput(InputStream in) {
        this.in = in;
    }

    int readInt() throws IOException {
        fill(4);
        byte[] b = buffer;
        int p = position;
        position = p + 4;
        return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
    }

    boolean readBoolean() throws IOException {
        fill(1);
        return buffer[position++] != 0;
    }

    /** A string as {@link SpillOutput#writeString} wrote it: its UTF-8 length (-1 for null), then the bytes. */
    String readString() throws IOException {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        if (length <= buffer.length) {
            fill(length);
            String s = new String(buffer, position, length, StandardCharsets.UTF_8);
            position += length;
            return s;
        }
        byte[] bytes = new byte[length];
        int have = limit - position;
        System.arraycopy(buffer, position, bytes, 0, have);
        position = limit;
        if (in.readNBytes(bytes, have, length - have) < length - have) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Makes {@code n} bytes available from {@code position}; EOFException when the file ends first. */
    private void fill(int n) throws IOException {
        if (limit - position >= n) {
            return;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                throw new EOFException();
            }
            limit += read;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
