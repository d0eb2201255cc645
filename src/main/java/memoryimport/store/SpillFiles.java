package memoryimport.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Records of one run in local files, one per partition and slice of buckets ({@code p<partition>-s<slice>.spill}):
 * partitions append without a database row per record, and a slice is read back from all partitions' files and
 * sorted in memory. A partition's mark is the length of each of its files; rewinding truncates them to it.
 */
final class SpillFiles<T> {

    /** Writes and reads one record; {@link #userOf} places it in its bucket. */
    interface Codec<T> {
        void write(DataOutputStream out, T item) throws IOException;

        T read(DataInputStream in) throws IOException;

        String userOf(T item);
    }

    private static final int SLICES = EntryStaging.BUCKETS / EntryStaging.SLICE;
    private static final String SUFFIX = ".spill";

    private final Path dir;
    private final Codec<T> codec;

    SpillFiles(Path dir, Codec<T> codec) {
        this.dir = dir;
        this.codec = codec;
    }

    Appender<T> appender(int partition) {
        return new FileAppender(partition);
    }

    /** The records of buckets {@code from} (inclusive) to {@code to}, in the given order. */
    List<T> slice(int from, int to, Comparator<? super T> order) {
        List<T> records = new ArrayList<>();
        for (int slice = from / EntryStaging.SLICE; slice * EntryStaging.SLICE < to; slice++) {
            for (Path file : filesOf(slice)) {
                read(file, t -> {
                    int bucket = EntryStaging.bucketOf(codec.userOf(t));
                    if (bucket >= from && bucket < to) {
                        records.add(t);
                    }
                });
            }
        }
        records.sort(order);
        return records;
    }

    /** Deletes the slices' files, and the folder once it is empty. */
    void clear(int from, int to) {
        try {
            for (int slice = from / EntryStaging.SLICE; slice * EntryStaging.SLICE < to; slice++) {
                for (Path file : filesOf(slice)) {
                    Files.delete(file);
                }
            }
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> rest = Files.newDirectoryStream(dir)) {
                    if (!rest.iterator().hasNext()) {
                        Files.delete(dir);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> filesOf(int slice) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "p*-s" + slice + SUFFIX)) {
            List<Path> list = new ArrayList<>();
            files.forEach(list::add);
            list.sort(null);
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(Path file, Consumer<T> action) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                T record;
                try {
                    record = codec.read(in);
                } catch (EOFException end) {
                    return;
                }
                action.accept(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** One partition's files, opened as its records first reach a slice. */
    private final class FileAppender implements Appender<T> {

        private final int partition;
        private final DataOutputStream[] outs = new DataOutputStream[SLICES];

        FileAppender(int partition) {
            this.partition = partition;
        }

        private Path file(int slice) {
            return dir.resolve("p" + partition + "-s" + slice + SUFFIX);
        }

        @Override
        public void append(List<? extends T> items) {
            try {
                for (T item : items) {
                    codec.write(out(EntryStaging.bucketOf(codec.userOf(item)) / EntryStaging.SLICE), item);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private DataOutputStream out(int slice) throws IOException {
            if (outs[slice] == null) {
                Files.createDirectories(dir);
                outs[slice] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(slice),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 15));
            }
            return outs[slice];
        }

        @Override
        public String mark() {
            try {
                long[] lengths = new long[SLICES];
                for (int slice = 0; slice < SLICES; slice++) {
                    if (outs[slice] != null) {
                        outs[slice].flush();
                    }
                    lengths[slice] = Files.exists(file(slice)) ? Files.size(file(slice)) : 0;
                }
                return Arrays.stream(lengths).mapToObj(Long::toString).collect(Collectors.joining(","));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void rewindTo(String mark) {
            close();
            long[] lengths = mark == null || mark.isEmpty() ? new long[SLICES]
                    : Arrays.stream(mark.split(",")).mapToLong(Long::parseLong).toArray();
            try {
                for (int slice = 0; slice < SLICES; slice++) {
                    if (Files.exists(file(slice))) {
                        try (FileChannel channel = FileChannel.open(file(slice), StandardOpenOption.WRITE)) {
                            channel.truncate(lengths[slice]);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                for (int slice = 0; slice < SLICES; slice++) {
                    if (outs[slice] != null) {
                        outs[slice].close();
                        outs[slice] = null;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
