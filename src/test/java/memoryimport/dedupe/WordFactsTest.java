package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFactsTest {

    private final DedupeRules rules = DedupeRules.defaults();

    @Test
    void aWordsFactsAreWhatTheRulesSayOfIt() {
        // when
        WordFacts never = rules.facts("never");
        WordFacts five = rules.facts("five");
        WordFacts sisters = rules.facts("sisters");
        WordFacts unsure = rules.facts("unsure");
        WordFacts v2 = rules.facts("v2");

        // then: each fact as the rules' lists and the stemmer give it
        assertThat(never.negation()).isTrue();
        assertThat(never.stop()).isFalse();
        assertThat(five.numberFold()).isEqualTo("5");
        assertThat(sisters.stem()).isEqualTo("sister");
        assertThat(sisters.otherPerson()).isTrue();
        assertThat(unsure.stemPrefixForms()).containsExactly(new TextAnalysis.PrefixForm("unsur", "sur"));
        assertThat(v2.numberLike()).isTrue();
        assertThat(rules.facts("over").comparison()).isTrue();
        assertThat(rules.facts("typescript").pole()).isEqualTo(WordFacts.NO_POLE);
        // a scale ending, an ordinal and leading zeros fold to the number's digits; a scale word alone is its value
        assertThat(rules.facts("12k").numberFold()).isEqualTo("12000");
        assertThat(rules.facts("3rd").numberFold()).isEqualTo("3");
        assertThat(rules.facts("007").numberFold()).isEqualTo("7");
        assertThat(rules.facts("thousand").numberFold()).isEqualTo("1000");
        assertThat(rules.facts("million").scale()).isEqualTo(1_000_000L);
        assertThat(rules.facts("m").scale()).isZero();
        assertThat(rules.facts("km").numberFold()).isEqualTo("km");
        assertThat(rules.facts("7pm").numberFold()).isEqualTo("19");
        assertThat(rules.facts("12am").numberFold()).isEqualTo("0");
        assertThat(rules.facts("pm").hourShift()).isEqualTo(12);
        assertThat(rules.facts("30pm").numberFold()).isEqualTo("30pm");
    }

    @Test
    void aWordIsWorkedOutOnceAndAnsweredFromThenOn() {
        assertThat(rules.facts(new String("deployments"))).isSameAs(rules.facts("deployments"));
    }
}
