package memoryimport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;
import memoryimport.model.SensitiveFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillFileStagingTest {

    @TempDir
    Path root;

    @Test
    void entriesComeBackWhole() {
        // given: an entry with every field set, one with nulls, and an invalid one
        SpillFileStaging staging = new SpillFileStaging(root);
        SensitiveFinding finding = new SensitiveFinding("email", "contact", 10, 29, 0.9, "an email address");
        List<ScreenedEntry> entries = List.of(
                new ScreenedEntry(Entry.of("ana", "ana/export.md", 3, "2024-05-01", "Work", "Prefers tabs — 日本語"),
                        List.of(finding), true),
                new ScreenedEntry(Entry.of("ana", "bulk.csv", 7, null, null, "Uses Kotlin"), List.of(), false),
                new ScreenedEntry(Entry.invalid("ana", "ana/export.md", 9, "[2024-13-45] - x", "no such date"),
                        List.of(), false));

        // when
        try (Appender<ScreenedEntry> appender = staging.appender("run1", 0)) {
            appender.rewindTo("");
            appender.append(entries);
            appender.mark();
        }
        int bucket = EntryStaging.bucketOf("ana");

        // then
        assertThat(list(staging.slice("run1", bucket, bucket + 1))).containsExactlyInAnyOrderElementsOf(entries);
    }

    @Test
    void aSliceHoldsItsBucketsFromEveryPartitionInDecideOrder() {
        // given: two partitions staging entries of many users
        SpillFileStaging staging = new SpillFileStaging(root);
        List<ScreenedEntry> all = stageTwoPartitions(staging);

        // when: every slice is read
        List<ScreenedEntry> read = readEverySlice(staging);

        // then: each entry once, in the order decide needs
        assertThat(read).hasSameSizeAs(all).containsExactlyInAnyOrderElementsOf(all);
        assertThat(read).isSortedAccordingTo(EntryStaging.DECIDE_ORDER);
    }

    @Test
    void aSliceTooLargeToHoldIsReadABucketAtATimeInTheSameOrder() throws Exception {
        // given: the same entries, staged where every slice is over the in-memory limit
        SpillFileStaging whole = stagedTwoPartitions(root.resolve("whole"), SpillFiles.IN_MEMORY_BYTES);
        SpillFileStaging splitting = stagedTwoPartitions(root.resolve("split"), 1);

        // when: a slice is begun, then every slice read
        int bucket = IntStream.range(0, 40).map(i -> EntryStaging.bucketOf("user" + i))
                .filter(b -> b % EntryStaging.SLICE < EntryStaging.SLICE - 1).findFirst().orElseThrow();
        int slice = bucket / EntryStaging.SLICE;
        assertThat(splitting.slice("run1", slice * EntryStaging.SLICE, (slice + 1) * EntryStaging.SLICE).hasNext()).isTrue();
        boolean splitWhileReading = Files.isDirectory(root.resolve("split/run1/s" + slice + ".split"));
        List<ScreenedEntry> read = readEverySlice(splitting);

        // then: it was read from per-bucket files, giving the same entries in the same order; the copies are gone
        assertThat(splitWhileReading).isTrue();
        assertThat(read).containsExactlyElementsOf(readEverySlice(whole));
        try (Stream<Path> files = Files.walk(root.resolve("split"))) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.contains(".split"));
        }
    }

    @Test
    void aSplitCopyHalfDeletedByAKilledRunIsNeitherReadNorLeftBehind() throws Exception {
        // given: a slice split into per-bucket files, then retired and half deleted when the process died
        SpillFileStaging whole = stagedTwoPartitions(root.resolve("whole"), SpillFiles.IN_MEMORY_BYTES);
        SpillFileStaging splitting = stagedTwoPartitions(root.resolve("split"), 1);
        int slice = EntryStaging.bucketOf("user0") / EntryStaging.SLICE;
        assertThat(splitting.slice("run1", slice * EntryStaging.SLICE, (slice + 1) * EntryStaging.SLICE).hasNext()).isTrue();
        Path split = root.resolve("split/run1/s" + slice + ".split");
        Path retired = split.resolveSibling(split.getFileName() + ".gone");
        Files.move(split, retired);
        try (Stream<Path> buckets = Files.list(retired)) {
            Files.delete(buckets.findFirst().orElseThrow());
        }

        // when: the restarted run reads every slice, then clears them
        List<ScreenedEntry> read = readEverySlice(splitting);
        for (int from = 0; from < EntryStaging.BUCKETS; from += EntryStaging.SLICE) {
            splitting.clear("run1", from, from + EntryStaging.SLICE);
        }

        // then: every entry came back, and nothing of the copy is left
        assertThat(read).containsExactlyElementsOf(readEverySlice(whole));
        assertThat(root.resolve("split/run1")).doesNotExist();
    }

    @Test
    void aSliceFileWrittenWhenUsersWereBucketedOtherwiseIsReadWhole() throws Exception {
        for (long inMemoryBytes : new long[] {SpillFiles.IN_MEMORY_BYTES, 1}) {
            // given: ana's entries in the file of a slice her bucket is not in (as an older version may have left it)
            Path folder = root.resolve("limit-" + inMemoryBytes);
            SpillFileStaging staging = new SpillFileStaging(folder, inMemoryBytes);
            List<ScreenedEntry> entries = entries("ana", 30).stream()
                    .map(e -> new ScreenedEntry(Entry.of("ana", e.entry().sourceFile(), e.entry().line(), null, null,
                            e.entry().text()), List.of(), false)).toList();
            try (Appender<ScreenedEntry> appender = staging.appender("run1", 0)) {
                appender.append(entries);
                appender.mark();
            }
            int own = EntryStaging.bucketOf("ana") / EntryStaging.SLICE;
            int other = (own + 7) % (EntryStaging.BUCKETS / EntryStaging.SLICE);
            Files.move(folder.resolve("run1/p0-s" + own + ".spill"), folder.resolve("run1/p0-s" + other + ".spill"));

            // when
            List<ScreenedEntry> read = readEverySlice(staging);

            // then
            assertThat(read).as("in memory up to %d bytes", inMemoryBytes).containsExactlyInAnyOrderElementsOf(entries);
        }
    }

    /** A staging under {@code dir} holding two partitions' entries, read a bucket at a time above {@code inMemoryBytes}. */
    private static SpillFileStaging stagedTwoPartitions(Path dir, long inMemoryBytes) {
        SpillFileStaging staging = new SpillFileStaging(dir, inMemoryBytes);
        stageTwoPartitions(staging);
        return staging;
    }

    private static List<ScreenedEntry> stageTwoPartitions(SpillFileStaging staging) {
        List<ScreenedEntry> all = new ArrayList<>();
        for (int partition = 0; partition < 2; partition++) {
            List<ScreenedEntry> entries = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String date = i % 7 == 0 ? null : "2024-0" + (1 + i % 9) + "-01";
                entries.add(new ScreenedEntry(Entry.of("user" + i % 40, "p" + partition + ".md", i + 1, date, null,
                        "text " + "x".repeat(i % 5)), List.of(), false));
            }
            try (Appender<ScreenedEntry> appender = staging.appender("run1", partition)) {
                appender.rewindTo("");
                appender.append(entries);
                appender.mark();
            }
            all.addAll(entries);
        }
        return all;
    }

    private static List<ScreenedEntry> readEverySlice(SpillFileStaging staging) {
        List<ScreenedEntry> read = new ArrayList<>();
        for (int from = 0; from < EntryStaging.BUCKETS; from += EntryStaging.SLICE) {
            read.addAll(list(staging.slice("run1", from, from + EntryStaging.SLICE)));
        }
        return read;
    }

    private static <T> List<T> list(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    @Test
    void rewindingForgetsWhatWasAppendedAfterTheMark() {
        // given: one chunk appended and marked (committed), a second appended but never marked (the process died)
        SpillFileStaging staging = new SpillFileStaging(root);
        List<ScreenedEntry> committed = entries("committed", 300);
        String mark;
        try (Appender<ScreenedEntry> appender = staging.appender("run1", 0)) {
            appender.rewindTo("");
            appender.append(committed);
            mark = appender.mark();
            appender.append(entries("lost", 300));
        }

        // when: the restarted partition rewinds to the saved mark and stages the second chunk again
        List<ScreenedEntry> again = entries("again", 300);
        try (Appender<ScreenedEntry> appender = staging.appender("run1", 0)) {
            appender.rewindTo(mark);
            appender.append(again);
            appender.mark();
        }

        // then
        List<ScreenedEntry> read = readEverySlice(staging);
        List<ScreenedEntry> expected = new ArrayList<>(committed);
        expected.addAll(again);
        assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aMarkHoldsEachSliceFilesLengthAcrossReopening() throws Exception {
        // given: a partition that committed one chunk, stopped, and after a restart committed another
        SpillFileStaging staging = new SpillFileStaging(root);
        String first;
        try (Appender<ScreenedEntry> appender = staging.appender("run1", 0)) {
            appender.rewindTo("");
            appender.append(entries("first", 300));
            first = appender.mark();
        }
        String second;
        try (Appender<ScreenedEntry> appender = staging.appender("run1", 0)) {
            appender.rewindTo(first);
            appender.append(entries("second", 300));
            second = appender.mark();
        }

        // then: each mark is what the files held then; the second one, the files as they are
        long[] onDisk = new long[EntryStaging.BUCKETS / EntryStaging.SLICE];
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = Pattern.compile("p0-s(\\d+)\\.spill").matcher(f.getFileName().toString());
                if (m.matches()) {
                    onDisk[Integer.parseInt(m.group(1))] = Files.size(f);
                }
            }
        }
        assertThat(Arrays.stream(second.split(",")).mapToLong(Long::parseLong).toArray()).isEqualTo(onDisk);
        long[] firstLengths = Arrays.stream(first.split(",")).mapToLong(Long::parseLong).toArray();
        assertThat(Arrays.stream(firstLengths).sum()).isPositive().isLessThan(Arrays.stream(onDisk).sum());
    }

    @Test
    void clearingEverySliceRemovesTheRunsFolder() throws Exception {
        // given
        SpillFileStaging staging = new SpillFileStaging(root);
        try (Appender<ScreenedEntry> appender = staging.appender("run1", 0)) {
            appender.append(entries("x", 200));
            appender.mark();
        }

        // when
        for (int from = 0; from < EntryStaging.BUCKETS; from += EntryStaging.SLICE) {
            staging.clear("run1", from, from + EntryStaging.SLICE);
        }

        // then
        assertThat(root.resolve("run1")).doesNotExist();
        assertThat(Files.list(root)).isEmpty();
    }

    private static List<ScreenedEntry> entries(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> new ScreenedEntry(
                Entry.of(prefix + i % 50, prefix + ".md", i + 1, "2024-01-01", null, prefix + " entry " + i),
                List.of(), false)).toList();
    }
}
