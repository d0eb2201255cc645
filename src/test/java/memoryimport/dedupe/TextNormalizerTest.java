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

    @Test
    void aThousandsSeparatorJoinsItsNumber() {
        assertThat(TextNormalizer.normalize("Supports 3,000 customers")).isEqualTo("supports 3000 customers");
        assertThat(TextNormalizer.normalize("Budget: €1.250.000 a year")).isEqualTo("budget € 1250000 a year");
        assertThat(TextNormalizer.normalize("Team of 10'000")).isEqualTo("team of 10000");
        // a fraction, a version, a list, a date and a decimal part keep their parts apart
        assertThat(TextNormalizer.normalize("Doses of 0.125 mg")).isEqualTo("doses of 0 125 mg");
        assertThat(TextNormalizer.normalize("Uses Python 3.10, 3.12")).isEqualTo("uses python 3 10 3 12");
        assertThat(TextNormalizer.normalize("Sizes 5, 100 and 2000")).isEqualTo("sizes 5 100 and 2000");
        assertThat(TextNormalizer.normalize("Since 15.05.2024")).isEqualTo("since 15 05 2024");
        assertThat(TextNormalizer.normalize("Charges 1,500.50")).isEqualTo("charges 1500 50");
        assertThat(TextNormalizer.normalize("Ids 1234,567")).isEqualTo("ids 1234 567");
    }

    @Test
    void aCurrencySignIsAWordOfItsOwn() {
        assertThat(TextNormalizer.normalize("Asks $85k, not €85k")).isEqualTo("asks $ 85k not € 85k");
        assertThat(TextNormalizer.normalize("Rent: 1.400 £/month")).isEqualTo("rent 1400 £ month");
    }

    @Test
    void spacelessKeepsOnlyTheGapsBetweenNumbers() {
        assertThat(TextNormalizer.spaceless("uses vs code at 9 a m")).isEqualTo("usesvscodeat9am");
        assertThat(TextNormalizer.spaceless("python 3 11")).isNotEqualTo(TextNormalizer.spaceless("python 31 1"));
    }
}
