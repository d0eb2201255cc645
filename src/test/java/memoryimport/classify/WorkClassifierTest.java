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

    @Test
    void theReasonNamesTheCategoryAndItsCueWords() {
        Classification c = classify("Has two kids and a daughter in school", null);

        assertThat(c.reason()).startsWith("dropped: family (").contains("kid").contains("daughter");
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
        Entry entry = Entry.of("u", "u/x.md", 1, null, heading, text);
        return CLASSIFIER.classify(new ScreenedEntry(entry, List.of(), false));
    }
}
