package memoryimport.classify.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DetectorChainTest {

    /** A detector that notes the texts it was run on. */
    private record Recording(String id, Words keywords, List<String> ranOn) implements Detector {
        Recording(String id, String... keywords) {
            this(id, Words.of(List.of(keywords)), new ArrayList<>());
        }

        @Override
        public String kind() {
            return "test";
        }

        @Override
        public void detect(Text text) {
            ranOn.add(id + ": " + text.text());
        }
    }

    @Test
    void aDetectorRunsOnlyOnTextsHoldingOneOfItsKeywords() {
        // given
        Recording password = new Recording("password", "passwort", "pass", "hasło");
        Recording sin = new Recording("sin", "SIN");
        Recording always = new Recording("always");
        DetectorChain chain = new DetectorChain(List.of(password, sin, always));

        // when
        for (String s : List.of("Das PASSWORT ist geheim", "Hasło do VPN", "sin azúcar", "SIN 046 454 286",
                "Prefers short answers")) {
            chain.run(new Text(s));
        }

        // then: lower-case keywords are found in any case, one with a capital only as written
        assertThat(password.ranOn()).containsExactly("password: Das PASSWORT ist geheim", "password: Hasło do VPN");
        assertThat(sin.ranOn()).containsExactly("sin: SIN 046 454 286");
        assertThat(always.ranOn()).hasSize(5);
    }

    @Test
    void detectorsRunInTheirOrderOfPriority() {
        // given: later detectors must see what earlier ones claimed, so the chain keeps its order
        List<String> ran = new ArrayList<>();
        DetectorChain chain = new DetectorChain(List.of(new Recording("card", Words.NONE, ran),
                new Recording("key", Words.of(List.of("key")), ran), new Recording("phone", Words.NONE, ran)));

        // when
        chain.run(new Text("api key"));

        // then
        assertThat(ran).containsExactly("card: api key", "key: api key", "phone: api key");
    }

    @Test
    void findsEveryKeywordThatOccursAsStringContainsDoes() {
        // given: keywords inside, overlapping and ending other keywords, some past ASCII; texts over the same letters
        List<String> keywords = List.of("he", "she", "his", "hers", "ushe", "é", "clé", "clé api", "ł", "asło", "hasło",
                "パス", "パスワード", "ワ", "aa", "aaa", "ab", "b");
        Map<String, long[]> bits = new LinkedHashMap<>();
        for (int i = 0; i < keywords.size(); i++) {
            bits.put(keywords.get(i), new long[] {1L << i});
        }
        KeywordAutomaton automaton = new KeywordAutomaton(bits, 1);
        String letters = "hesirué clapłoパスワードab ";
        Random random = new Random(7);

        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            long expected = 0;
            for (int i = 0; i < keywords.size(); i++) {
                if (text.toString().contains(keywords.get(i))) {
                    expected |= 1L << i;
                }
            }

            // when
            long[] found = new long[1];
            automaton.scan(text.toString(), found);

            // then
            assertThat(found[0]).as(text.toString()).isEqualTo(expected);
        }
    }
}
