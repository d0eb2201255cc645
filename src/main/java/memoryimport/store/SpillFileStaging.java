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
import java.util.List;
import java.util.stream.Collectors;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;

/**
 * Staging in local files, for runs whose partitions all run in this process: each parse partition appends to one file
 * per slice of buckets ({@code p<partition>-s<slice>.spill} under {@code ROOT/<run-id>/}), and decide reads a slice's
 * files and sorts them in memory. No database row per entry: a row write costs about ten times what parsing a line
 * does. A partition's mark is the length of each of its files; rewinding truncates them to it.
 */
public class SpillFileStaging implements EntryStaging {

    private static final int SLICES = BUCKETS / SLICE;
    private static final String SUFFIX = ".spill";

    private final Path root;

    public SpillFileStaging(Path root) {
        this.root = root;
    }

    @Override
    public Appender appender(String runId, int partition) {
        return new FileAppender(runDir(runId), partition);
    }

    @Override
    public List<ScreenedEntry> slice(String runId, int from, int to) {
        List<ScreenedEntry> entries = new ArrayList<>();
        for (int slice = from / SLICE; slice * SLICE < to; slice++) {
            for (Path file : filesOf(runId, slice)) {
                read(file, from, to, entries);
            }
        }
        entries.sort(DECIDE_ORDER);
        return entries;
    }

    @Override
    public void clear(String runId, int from, int to) {
        try {
            for (int slice = from / SLICE; slice * SLICE < to; slice++) {
                for (Path file : filesOf(runId, slice)) {
                    Files.delete(file);
                }
            }
            Path dir = runDir(runId);
            if (to >= BUCKETS && Files.isDirectory(dir)) {
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

    private Path runDir(String runId) {
        return root.resolve(runId);
    }

    private List<Path> filesOf(String runId, int slice) {
        Path dir = runDir(runId);
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

    private static void read(Path file, int from, int to, List<ScreenedEntry> into) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                int bucket;
                try {
                    bucket = in.readInt();
                } catch (EOFException end) {
                    return;
                }
                Entry entry = new Entry(string(in), string(in), in.readInt(), string(in), string(in), string(in),
                        string(in));
                boolean mustDrop = in.readBoolean();
                String findings = string(in);
                if (bucket >= from && bucket < to) {
                    into.add(new ScreenedEntry(entry, FindingCodec.decode(findings), mustDrop));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read staged entries from " + file, e);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void write(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** One parse partition's files, opened as its entries first reach a slice. */
    private static final class FileAppender implements Appender {

        private final Path dir;
        private final int partition;
        private final DataOutputStream[] outs = new DataOutputStream[SLICES];

        FileAppender(Path dir, int partition) {
            this.dir = dir;
            this.partition = partition;
        }

        private Path file(int slice) {
            return dir.resolve("p" + partition + "-s" + slice + SUFFIX);
        }

        @Override
        public void append(List<? extends ScreenedEntry> entries) {
            try {
                for (ScreenedEntry s : entries) {
                    Entry e = s.entry();
                    int bucket = EntryStaging.bucketOf(e.userId());
                    DataOutputStream out = out(bucket / SLICE);
                    out.writeInt(bucket);
                    write(out, e.userId());
                    write(out, e.sourceFile());
                    out.writeInt(e.line());
                    write(out, e.savedAt());
                    write(out, e.heading());
                    write(out, e.text());
                    write(out, e.invalidReason());
                    out.writeBoolean(s.mustDrop());
                    write(out, FindingCodec.encode(s.findings()));
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
            long[] lengths = new long[SLICES];
            if (mark != null && !mark.isEmpty()) {
                lengths = Arrays.stream(mark.split(",")).mapToLong(Long::parseLong).toArray();
            }
            try {
                for (int slice = 0; slice < SLICES; slice++) {
                    Path file = file(slice);
                    if (Files.exists(file)) {
                        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
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
