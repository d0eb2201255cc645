package memoryimport.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import memoryimport.RandomTexts;
import memoryimport.model.Classification;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The decision table on entries of every kind, in the languages the lexicons cover: one row per case. */
class WorkClassifierTest {

    private static final WorkClassifier CLASSIFIER = WorkClassifier.fromClasspath();

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvFileSource(resources = "/classify/decisions.csv", numLinesToSkip = 1)
    void decidesAndCategorises(String text, String heading, String decision, String category) {
        Classification c = classify(text, heading);

        assertThat(c.decision().word()).as(c.reason()).isEqualTo(decision);
        assertThat(c.category()).as(c.reason()).isEqualTo(category);
    }

    /** Entries and headings in the languages users migrate in: stems with their endings, compounds' last parts. */
    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvFileSource(resources = "/classify/languages.csv", numLinesToSkip = 1)
    void decidesEntriesInOtherLanguages(String text, String heading, String decision, String category) {
        decidesAndCategorises(text, heading, decision, category);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} {3}")
    @CsvFileSource(resources = "/classify/user-work.csv", numLinesToSkip = 1)
    void theWordsOfTheUsersOwnJobAreReadAsWork(String jobLine, String text, String decision, String category) {
        // given: what the user's entries say of their job
        UserWork work = CLASSIFIER.userWork(List.of(screened(jobLine, null), screened(text, null)));

        // when
        Classification c = CLASSIFIER.classify(screened(text, null), work);

        // then
        assertThat(c.decision().word()).as(c.reason()).isEqualTo(decision);
        assertThat(c.category()).as(c.reason()).isEqualTo(category);
    }

    @Test
    void theReasonNamesTheWordsReadAsTheUsersWorkAndTheJob() {
        UserWork work = CLASSIFIER.userWork(List.of(screened("Equine vet at a clinic near Ghent", null)));

        Classification c = CLASSIFIER.classify(screened("Always note whether a drug is licensed for horses", null), work);

        assertThat(c.reason()).endsWith("; horse: words of the user's work (equine vet)");
    }

    @Test
    void theReasonNamesTheCategoryAndItsCueWordsAsTheEntryWritesThem() {
        assertThat(classify("Has two kids and a daughter in school", null).reason())
                .startsWith("dropped: family (kids, daughter)");
        // the rules match folded words ("alway", "example"); a reader sees the entry's own
        assertThat(classify("Always give examples in SQL", null).reason()).startsWith("kept: instructions (always, examples)");
        // a cue's words joined by a hyphen are shown joined so, though the rules match them as words
        assertThat(classify("Explain fixes step-by-step", null).reason()).contains("step-by-step")
                .doesNotContain("step by step");
    }

    @Test
    void aWordInsideAnotherWordIsNoCue() {
        assertThat(classify("Reads the public docs", null).reason()).doesNotContain("lic");
        assertThat(classify("Catalogues vintage cameras", null).decision().word()).isNotEqualTo("dropped_personal");
    }

    @Test
    void aWordTheQuickCheckPassesOverIsNeverATechnicalTerm() {
        // given: random words of capitals, small letters, digits, dots and other characters tokens may hold
        int technical = 0;
        for (String word : RandomTexts.of("aZkQ09.+#'éÉ", 200_000, 1, 6, 7)) {
            boolean matches = WorkClassifier.TECHNICAL.matcher(word).matches();
            technical += matches ? 1 : 0;

            // then: whatever the pattern matches, the quick check lets through
            assertThat(!matches || WorkClassifier.mayBeTechnical(word)).as(word).isTrue();
        }
        assertThat(technical).isGreaterThan(1000);
    }

    private static Classification classify(String text, String heading) {
        return CLASSIFIER.classify(screened(text, heading));
    }

    private static ScreenedEntry screened(String text, String heading) {
        return new ScreenedEntry(Entry.of("u", "u/x.md", 1, null, heading, text), List.of(), false);
    }
}
