package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import memoryimport.classify.UserWork;
import memoryimport.classify.WorkClassifier;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;
import memoryimport.store.Appender;
import memoryimport.store.EntryStaging;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Decide reads a user's entries together, so each carries what the user's kept entries say of their job. */
class StagedEntryReaderTest {

    private static final WorkClassifier CLASSIFIER = WorkClassifier.fromClasspath();

    /** An equine vet who says so in her oldest entry, which decide reads last. */
    private static final List<Entry> VET = List.of(
            Entry.of("ines", "ines/chatgpt.md", 1, "2024-05-03", null, "Always note whether a drug is licensed for horses"),
            Entry.of("ines", "ines/chatgpt.md", 2, "2024-05-02", null, "Rides her own horse on Sunday mornings"),
            Entry.of("ines", "ines/chatgpt.md", 3, "2024-05-01", null, "Wants horse doses per kg of body weight"),
            Entry.of("ines", "ines/chatgpt.md", 4, "2023-01-10", null, "Equine vet at a clinic near Ghent"));
    /** The same vet, whose job is her newest entry. */
    private static final List<Entry> VET_JOB_FIRST = List.of(
            Entry.of("ines", "ines/claude.md", 1, "2024-06-09", null, "Equine vet at a clinic near Ghent"),
            Entry.of("ines", "ines/claude.md", 2, "2024-06-08", null, "Always note whether a drug is licensed for horses"),
            Entry.of("ines", "ines/claude.md", 3, "2024-06-07", null, "Rides her own horse on Sunday mornings"),
            Entry.of("ines", "ines/claude.md", 4, "2024-06-06", null, "Wants horse doses per kg of body weight"));

    @Test
    void everyEntryOfAUserCarriesTheJobSaidInAnyOfThemAndOtherUsersNone() {
        // given: the vet, and another user with one of her lines
        List<Entry> staged = new ArrayList<>(VET);
        staged.add(Entry.of("tom", "tom/chatgpt.md", 1, "2024-05-03", null, "Always note whether a drug is licensed for horses"));

        // when
        List<UserEntry> read = readAll(reader(staged, 1000), new ExecutionContext());

        // then
        assertThat(read).hasSize(5);
        assertThat(read).filteredOn(e -> e.screened().entry().userId().equals("ines"))
                .allSatisfy(e -> assertThat(e.userWork().jobOfWord()).containsEntry("horse", "equine vet"));
        assertThat(read).filteredOn(e -> e.screened().entry().userId().equals("tom"))
                .allSatisfy(e -> assertThat(e.userWork()).isEqualTo(UserWork.NONE));
    }

    @Test
    void aRunResumedInsideAUserReadsTheRestWithWhatAllTheirEntriesSay() {
        // given: a run that committed the vet's first two entries, her job among them
        StagedEntryReader first = reader(VET_JOB_FIRST, 1000);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        first.read();
        first.read();
        first.update(context);
        first.close();

        // when
        List<UserEntry> rest = readAll(reader(VET_JOB_FIRST, 1000), context);

        // then: the two entries left, with the job her first entry names
        assertThat(rest).extracting(e -> e.screened().entry().line()).containsExactly(3, 4);
        assertThat(rest).allSatisfy(e -> assertThat(e.userWork().jobOfWord()).containsEntry("horse", "equine vet"));
    }

    @Test
    void aUserWithMoreEntriesThanAGroupKeepsWhatTheFirstGroupSays() {
        // given: the vet's entries read two at a time, her job in the first two

        // when
        List<UserEntry> read = readAll(reader(VET_JOB_FIRST, 2), new ExecutionContext());

        // then
        assertThat(read).hasSize(4)
                .allSatisfy(e -> assertThat(e.userWork().jobOfWord()).containsEntry("horse", "equine vet"));
    }

    private static StagedEntryReader reader(List<Entry> entries, int userGroup) {
        return new StagedEntryReader(new ListStaging(entries), "run", 0, 1, CLASSIFIER, userGroup);
    }

    private static List<UserEntry> readAll(StagedEntryReader reader, ExecutionContext context) {
        reader.open(context);
        List<UserEntry> read = new ArrayList<>();
        for (UserEntry e = reader.read(); e != null; e = reader.read()) {
            read.add(e);
        }
        reader.close();
        return read;
    }

    /** Staged entries in memory, read back in decide's order. */
    private record ListStaging(List<Entry> entries) implements EntryStaging {

        @Override
        public Appender<ScreenedEntry> appender(String runId, int partition) {
            throw new UnsupportedOperationException("the entries are staged already");
        }

        @Override
        public Iterator<ScreenedEntry> slice(String runId, int from, int to) {
            return entries.stream()
                    .filter(e -> EntryStaging.bucketOf(e.userId()) >= from && EntryStaging.bucketOf(e.userId()) < to)
                    .sorted(EntryStaging.ENTRY_ORDER)
                    .map(e -> new ScreenedEntry(e, List.of(), false))
                    .iterator();
        }

        @Override
        public void clear(String runId, int from, int to) {
        }
    }
}
