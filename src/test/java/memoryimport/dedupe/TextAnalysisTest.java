package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memoryimport.RandomTexts;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    /** What the scanner stands for. */
    private static final Pattern RAW_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,][\\p{L}\\p{N}]+)*");

    @Test
    void rawTokensAreWordsAndNumbersJoinedBySingleDotsOrCommas() {
        assertThat(scanned("Uses Python 3.12, v2.1 and 1,000 users. Ends.")).containsExactly(
                "0:Uses", "5:Python", "12:3.12", "18:v2.1", "23:and", "27:1,000", "33:users", "40:Ends");
    }

    @Test
    void rawTokensMatchTheRegexOnMixedScriptsNumbersAndPunctuation() {
        // given: fixed texts and random ones over letters, marks, numbers of several kinds, dots, commas and spaces
        List<String> texts = new ArrayList<>(List.of("naïve café ₂ ⅷ ½ x²", "日本語。テキスト", "e\u0301cole",
                "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 1.,2 ..a,,b .x, y.", "Ａｐｐｌｅ", ""));
        texts.addAll(RandomTexts.of("aZ09 .,'-é\u0301日½²ⅷ😀𝔘\u00a0", 5000, 0, 29, 11));

        // then: the scanner finds the regex's tokens, at the same places
        for (String text : texts) {
            assertThat(scanned(text)).as(text).isEqualTo(regexTokens(text));
        }
    }

    @Test
    void aSynonymFoldsInAnyInflection() {
        // given: "include" and "check" are listed as synonyms, "included" and "checked" are not
        DedupeRules rules = DedupeRules.defaults();

        // then: they fold as the listed forms do
        assertThat(new TextAnalysis("Wants tests included", rules).canonical)
                .isEqualTo(new TextAnalysis("Wants tests include", rules).canonical);
        assertThat(new TextAnalysis("Code checked by CI", rules).canonical)
                .isEqualTo(new TextAnalysis("Code reviewed by CI", rules).canonical);
    }

    @Test
    void greekPluralsStemAsTheirSingular() {
        assertThat(TextAnalysis.Stemmer.stem("analyses")).isEqualTo(TextAnalysis.Stemmer.stem("analysis"));
        assertThat(TextAnalysis.Stemmer.stem("hypotheses")).isEqualTo(TextAnalysis.Stemmer.stem("hypothesis"));
        assertThat(TextAnalysis.Stemmer.stem("basis")).isEqualTo("basis");
    }

    @Test
    void anAdverbStemsAsItsAdjective() {
        assertThat(TextAnalysis.Stemmer.stem("concisely")).isEqualTo(TextAnalysis.Stemmer.stem("concise"));
        assertThat(TextAnalysis.Stemmer.stem("heavily")).isEqualTo(TextAnalysis.Stemmer.stem("heavy"));
        assertThat(TextAnalysis.Stemmer.stem("reasonably")).isEqualTo(TextAnalysis.Stemmer.stem("reasonable"));
        // short words in -ly, and those whose base means something else, keep their ending
        assertThat(TextAnalysis.Stemmer.stem("likely")).isNotEqualTo(TextAnalysis.Stemmer.stem("like"));
        assertThat(TextAnalysis.Stemmer.stem("friendly")).isNotEqualTo(TextAnalysis.Stemmer.stem("friend"));
        assertThat(TextAnalysis.Stemmer.stem("shortly")).isNotEqualTo(TextAnalysis.Stemmer.stem("short"));
    }

    @Test
    void anAcronymsPluralNamesTheAcronym() {
        DedupeRules rules = DedupeRules.defaults();
        TextAnalysis plural = new TextAnalysis("Writes ADRs for the KPIs", rules);
        assertThat(plural.nameForms()).containsExactly("adr", "kpi");
        assertThat(plural.content).containsExactly("writ", "adr", "kpi"); // "kpis" would keep its s, as "axis" does
        // not a name ending in a capital S, nor one with a lower-case letter before the s
        assertThat(new TextAnalysis("Styles with CSS on iOS", rules).nameForms()).containsExactly("css", "ios");
    }

    private static List<String> scanned(String text) {
        List<String> tokens = new ArrayList<>();
        for (int start = TextAnalysis.tokenStart(text, 0); start >= 0; ) {
            int end = TextAnalysis.tokenEnd(text, start);
            tokens.add(start + ":" + text.substring(start, end));
            start = TextAnalysis.tokenStart(text, end);
        }
        return tokens;
    }

    private static List<String> regexTokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = RAW_TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.start() + ":" + m.group());
        }
        return tokens;
    }
}
