package memoryimport.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memoryimport.RandomTexts;
import org.junit.jupiter.api.Test;

class CueTextTest {

    /** The tokens as the regex the scanner stands for finds them. */
    private static final Pattern TOKEN = Pattern.compile("(?:[\\p{L}\\p{M}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+"
            + "|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+)(?:[+#]+|'\\p{L}+)?");

    @Test
    void tokensAreWordsWithTheirPlusSignsHashesAndPossessives() {
        assertThat(CueText.tokens("Writes C++ and C# for the team's API, v2.1; 'quoted' it's"))
                .containsExactly("Writes", "C++", "and", "C#", "for", "the", "team's", "API", "v2", "1", "quoted", "it's");
        // no spaces between Chinese or Japanese words and Latin names; French elision is two words
        assertThat(CueText.tokens("毎日TypeScriptとReactを使う")).containsExactly("毎日", "TypeScript", "と", "React", "を使う");
        assertThat(CueText.tokens("Fait de l'escalade")).containsExactly("Fait", "de", "l", "escalade");
    }

    @Test
    void aTypographicApostropheMakesTheSamePossessiveAsAStraightOne() {
        CueText curly = new CueText("Runs her brother’s garage");
        CueText straight = new CueText("Runs her brother's garage");

        assertThat(curly.words).isEqualTo(straight.words).containsExactly("run", "her", "brother", "garage");
        assertThat(curly.withApostrophe(2)).isTrue();
    }

    @Test
    void tokensMatchTheRegexOnMixedScriptsMarksAndSymbols() {
        List<String> texts = new ArrayList<>(List.of("Möchte Antworten auf Deutsch", "naïve café ₂ ⅷ ½ x²",
                "日本語のテキスト", "e\u0301cole", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 emoji's", "don't ' 'tis ++ ## a+#b", "Ａｐｐｌｅ", ""));
        texts.addAll(RandomTexts.of("aZ09 '+#-_.é\u0301日½²😀𝔘\u00a0\t", 2000, 0, 29, 7));
        for (String text : texts) {
            assertThat(CueText.tokens(text)).as(text).isEqualTo(regexTokens(text));
        }
    }

    private static List<String> regexTokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
