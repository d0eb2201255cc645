package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void caseSpacesAndPunctuationDoNotCount() {
        assertThat(TextNormalizer.normalize("Always use Go for backend examples, unless asked otherwise."))
                .isEqualTo(TextNormalizer.normalize("always use Go for  backend examples unless asked otherwise"));
    }

    @Test
    void compatibilityFormsFoldTogether() {
        assertThat(TextNormalizer.normalize("Ｕses ﬁle locks")).isEqualTo("uses file locks");
    }

    @Test
    void wordsAndNumbersStay() {
        assertThat(TextNormalizer.normalize("Manages a team of 5")).isNotEqualTo(TextNormalizer.normalize("Manages a team of 50"));
        assertThat(TextNormalizer.normalize("Prefers tabs")).isNotEqualTo(TextNormalizer.normalize("Prefers spaces"));
    }
}
