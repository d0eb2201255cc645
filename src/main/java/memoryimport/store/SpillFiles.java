package memoryimport.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Records of one run in local files, one per partition and slice of buckets ({@code p<partition>-s<slice>.spill}):
 * partitions append without a database row per record, and a slice is read back from all partitions' files and
 * sorted in memory. A slice larger than {@code inMemoryBytes} (a large run's) is first split into a file per bucket
 * ({@code s<slice>.split/b<bucket>.spill}) and read a bucket at a time, so what a reader holds stays the same however
 * large the run. A split copy exists whole or not at all: made under another name and moved, renamed before it is
 * deleted. A partition's mark is the length of each of its files; rewinding truncates them to it.
 */
final class SpillFiles<T> {

    /** Writes and reads one record; {@link #userOf} places it in its bucket. */
    interface Codec<T> {
        void write(SpillOutput out, T item) throws IOException;

        T read(SpillInput in) throws IOException;

        String userOf(T item);
    }

    /**
     * The default size above which a slice's files are read a bucket at a time: about 25,000 entries, a few tens of MB
     * of heap (memory-import.spill-slice-bytes in application.properties says the same)
     */
    static final long IN_MEMORY_BYTES = 8L << 20;

    private static final int SLICES = EntryStaging.BUCKETS / EntryStaging.SLICE;
    private static final String SUFFIX = ".spill";

    private final Path dir;
    private final Codec<T> codec;
    private final long inMemoryBytes;

    SpillFiles(Path dir, Codec<T> codec, long inMemoryBytes) {
        this.dir = dir;
        this.codec = codec;
        this.inMemoryBytes = inMemoryBytes;
    }

    Appender<T> appender(int partition) {
        return new FileAppender(partition);
    }

    /**
     * The records of buckets {@code from} (inclusive) to {@code to}, in the given order, which must sort by bucket
     * first. Read lazily: a slice, or the bucket of a split slice, in memory at a time.
     */
    Iterator<T> slice(int from, int to, Comparator<? super T> order) {
        List<Supplier<List<T>>> parts = new ArrayList<>();
        for (int slice = from / EntryStaging.SLICE; slice * EntryStaging.SLICE < to; slice++) {
            int lo = Math.max(from, slice * EntryStaging.SLICE);
            int hi = Math.min(to, (slice + 1) * EntryStaging.SLICE);
            List<Path> files = filesOf(slice);
            int s = slice;
            if (bytes(files) <= inMemoryBytes) {
                parts.add(() -> sorted(files, s, lo, hi, order));
                continue;
            }
            Path split = dir.resolve("s" + slice + ".split");
            int lastOfSlice = (slice + 1) * EntryStaging.SLICE - 1;
            for (int bucket = lo; bucket < hi; bucket++) {
                int b = bucket;
                parts.add(() -> bucketOfSplit(split, s, files, b, order, b == lastOfSlice));
            }
        }
        return LazyParts.concat(parts);
    }

    /**
     * Every record, slice after slice, each slice in {@code order}: a slice that one partition wrote in that order
     * (decide's: a slice is decided by one partition) is read from its file as written, without sorting, splitting or
     * holding it; a slice with several writers' files is sorted as {@link #slice} does.
     */
    void forEachInOrder(Comparator<? super T> order, Consumer<T> action) {
        for (int slice = 0; slice < SLICES; slice++) {
            List<Path> files = filesOf(slice);
            if (files.size() == 1) {
                read(files.get(0), action);
            } else if (!files.isEmpty()) {
                slice(slice * EntryStaging.SLICE, (slice + 1) * EntryStaging.SLICE, order).forEachRemaining(action);
            }
        }
    }

    /** One bucket of a split slice; the split files go once the slice's last bucket is read (they are a copy). */
    private List<T> bucketOfSplit(Path split, int slice, List<Path> files, int bucket, Comparator<? super T> order,
                                  boolean last) {
        Path file = splitInto(split, slice, files).resolve("b" + bucket + SUFFIX);
        List<T> records = sorted(List.of(file), slice, bucket, bucket + 1, order);
        if (last) {
            try {
                // renamed first: a process killed while deleting must not leave a part of the copy under its name
                Path retired = retired(split);
                Folders.deleteTree(retired);
                Files.move(split, retired, StandardCopyOption.ATOMIC_MOVE);
                Folders.deleteTree(retired);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }

    /** Where a slice's split copy is made before it is moved into place. */
    private static Path inTheMaking(Path split) {
        return split.resolveSibling(split.getFileName() + ".next");
    }

    /** Where a slice's split copy is moved before it is deleted. */
    private static Path retired(Path split) {
        return split.resolveSibling(split.getFileName() + ".gone");
    }

    private List<T> sorted(List<Path> files, int slice, int from, int to, Comparator<? super T> order) {
        List<T> records = new ArrayList<>();
        for (Path file : files) {
            read(file, t -> {
                int bucket = bucketIn(slice, t);
                if (bucket >= from && bucket < to) {
                    records.add(t);
                }
            });
        }
        records.sort(order);
        return records;
    }

    /** The slice's records, a file per bucket, in {@code split}: written once, complete or not at all. */
    private Path splitInto(Path split, int slice, List<Path> files) {
        if (Files.isDirectory(split)) {
            return split;
        }
        Path next = inTheMaking(split);
        try {
            Folders.deleteTree(next);
            Files.createDirectories(next);
            Map<Integer, SpillOutput> outs = new HashMap<>();
            try {
                for (Path file : files) {
                    read(file, t -> {
                        int bucket = bucketIn(slice, t);
                        try {
                            SpillOutput out = outs.get(bucket);
                            if (out == null) {
                                out = output(next.resolve("b" + bucket + SUFFIX));
                                outs.put(bucket, out);
                            }
                            codec.write(out, t);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            } finally {
                for (SpillOutput out : outs.values()) {
                    out.close();
                }
            }
            Files.move(next, split, StandardCopyOption.ATOMIC_MOVE);
            return split;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split " + files + " by bucket", e);
        }
    }

    /**
     * A record's bucket within the slice file that holds it: its own, or for a file written while users were bucketed
     * otherwise (an older version's run) the nearest of the slice's, so that every record of a slice is read with it.
     */
    private int bucketIn(int slice, T record) {
        int first = slice * EntryStaging.SLICE;
        return Math.min(Math.max(EntryStaging.bucketOf(codec.userOf(record)), first), first + EntryStaging.SLICE - 1);
    }

    private static long bytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    /** Deletes the slices' files, and the folder once it is empty. */
    void clear(int from, int to) {
        try {
            for (int slice = from / EntryStaging.SLICE; slice * EntryStaging.SLICE < to; slice++) {
                for (Path file : filesOf(slice)) {
                    Files.delete(file);
                }
                Path split = dir.resolve("s" + slice + ".split");
                Folders.deleteTree(split);
                Folders.deleteTree(inTheMaking(split));
                Folders.deleteTree(retired(split));
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
        if (!Files.exists(file)) {
            return; // a bucket of a split slice that holds no record
        }
        try (SpillInput in = new SpillInput(Files.newInputStream(file))) {
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

    private static SpillOutput output(Path file, OpenOption... options) throws IOException {
        return new SpillOutput(Files.newOutputStream(file, options));
    }

    /** One partition's files, opened as its records first reach a slice. */
    private final class FileAppender implements Appender<T> {

        private final int partition;
        private final SpillOutput[] outs = new SpillOutput[SLICES];
        /** a slice file's length when this appender opened it or first looked (-1: not yet): only it writes there */
        private final long[] lengthBefore = new long[SLICES];

        FileAppender(int partition) {
            this.partition = partition;
            Arrays.fill(lengthBefore, -1);
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

        private SpillOutput out(int slice) throws IOException {
            if (outs[slice] == null) {
                Files.createDirectories(dir);
                lengthBefore[slice] = lengthOnDisk(slice);
                outs[slice] = output(file(slice), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            return outs[slice];
        }

        private long lengthOnDisk(int slice) throws IOException {
            return Files.exists(file(slice)) ? Files.size(file(slice)) : 0;
        }

        /** Slice file lengths after flushing, from the bytes written since opening: no file looked at per chunk. */
        @Override
        public String mark() {
            try {
                long[] lengths = new long[SLICES];
                for (int slice = 0; slice < SLICES; slice++) {
                    if (lengthBefore[slice] < 0) {
                        lengthBefore[slice] = lengthOnDisk(slice);
                    }
                    SpillOutput out = outs[slice];
                    if (out != null) {
                        out.flush();
                    }
                    lengths[slice] = lengthBefore[slice] + (out == null ? 0 : out.size());
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
                Arrays.fill(lengthBefore, -1); // closed, the files are looked at again when next needed
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
