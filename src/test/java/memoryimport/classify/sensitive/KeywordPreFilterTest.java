package memoryimport.classify.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.config.RgxGenOption;
import com.github.curiousoddman.rgxgen.config.RgxGenProperties;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import memoryimport.model.RuleFiles;
import memoryimport.model.SensitiveFinding;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A detector's pre-filters (keywords, a required part, a digit count) only save time: they must never hide a value
 * its pattern finds. Each detector's pattern generates texts that it matches, and each such text must pass the
 * pre-filters, where a hand-written keyword list easily misses an alternative of the pattern.
 */
class KeywordPreFilterTest {

    private static final int MATCHING_TEXTS = 300;
    private static final int ATTEMPTS = 30_000;

    static Stream<Named<RegexDetector>> detectorsWithPreFilters() {
        return Detectors.from(RuleFiles.shipped()).stream()
                .filter(RegexDetector.class::isInstance).map(RegexDetector.class::cast)
                .filter(d -> !d.keywords().isEmpty() || d.requires() != null || d.minDigits() > 0)
                .map(d -> Named.of(d.id(), d));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("detectorsWithPreFilters")
    void everyTextThePatternMatchesPassesThePreFilters(RegexDetector detector) {
        // given: texts the detector's pattern matches, and the detector without its pre-filters
        List<String> texts = textsMatching(detector.pattern(), new Random(detector.id().hashCode()));
        RegexDetector unfiltered = new RegexDetector(detector.id(), detector.kind(), detector.pattern(), Words.NONE,
                0, null, detector.validator(), detector.context(), detector.before(), detector.after(),
                detector.score(), detector.description(), detector.clause());
        // keywords that are the context a weak pattern needs near its value gate nothing the detector would find
        boolean keywordsInMatch = !detector.keywords().equals(detector.context());

        // when
        List<String> keywordMissing = new ArrayList<>();
        List<String> findsLess = new ArrayList<>();
        for (String s : texts) {
            if (keywordsInMatch && !runsOn(detector, s)) {
                keywordMissing.add(visible(s));
            }
            if (!findings(new DetectorChain(List.of(detector)), s)
                    .equals(findings(new DetectorChain(List.of(unfiltered)), s))) {
                findsLess.add(visible(s));
            }
        }

        // then
        assertThat(texts).as("texts generated that the pattern matches").hasSizeGreaterThanOrEqualTo(50);
        assertThat(keywordMissing).as("matched texts holding none of the keywords").isEmpty();
        assertThat(findsLess).as("matched texts where the pre-filters change the findings").isEmpty();
    }

    /** True when the chain runs the detector on the text: one of its keywords is found there. */
    private static boolean runsOn(RegexDetector detector, String s) {
        boolean[] ran = new boolean[1];
        new DetectorChain(List.of(new Detector() {
            @Override
            public String id() {
                return detector.id();
            }

            @Override
            public String kind() {
                return detector.kind();
            }

            @Override
            public Words keywords() {
                return detector.keywords();
            }

            @Override
            public void detect(Text text) {
                ran[0] = true;
            }
        })).run(new Text(s));
        return ran[0];
    }

    private static List<SensitiveFinding> findings(DetectorChain chain, String s) {
        Text text = new Text(s);
        chain.run(text);
        return text.findings();
    }

    /**
     * Texts the pattern finds a match in. The generator knows neither inline flags, named groups, Unicode classes nor
     * look-arounds, so it gets the pattern without them and each text is checked against the real one. Half the
     * attempts vary the letter case, for patterns that ignore it; half keep it, for parts that must not.
     */
    private static List<String> textsMatching(Pattern pattern, Random random) {
        String forGenerator = forGenerator(pattern.pattern());
        RgxGen asWritten = RgxGen.parse(properties(false), forGenerator);
        RgxGen anyCase = RgxGen.parse(properties(true), forGenerator);
        boolean ignoresCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0
                || pattern.pattern().matches("^\\(\\?[a-z]*i[a-z]*\\).*");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS && texts.size() < MATCHING_TEXTS; i++) {
            String s = (ignoresCase && i % 2 == 0 ? anyCase : asWritten).generate(random);
            if (pattern.matcher(s).find()) {
                texts.add(s);
            }
        }
        return texts;
    }

    private static RgxGenProperties properties(boolean anyCase) {
        RgxGenProperties properties = new RgxGenProperties();
        RgxGenOption.INFINITE_PATTERN_REPETITION.setInProperties(properties, 3);
        RgxGenOption.CASE_INSENSITIVE.setInProperties(properties, anyCase);
        return properties;
    }

    /**
     * The regex in the generator's dialect: inline flags and group names dropped, a look-behind or look-ahead that
     * must be there made a plain group (it is text the match needs around it), one that must not be there dropped
     * (it only narrows what the rest matches), Unicode classes as ranges of a few of their letters.
     */
    static String forGenerator(String regex) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> dropped = new ArrayDeque<>();
        boolean inClass = false;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            String rest = regex.substring(i);
            boolean dropping = dropped.contains(true);
            String piece;
            if (c == '\\' && rest.startsWith("\\p{")) {
                piece = rest.substring(0, rest.indexOf('}') + 1);
                String letters = UNICODE_CLASSES.get(piece);
                if (letters == null) {
                    throw new IllegalArgumentException("no letters for " + piece + " in " + regex);
                }
                out.append(dropping ? "" : inClass ? letters : "[" + letters + "]");
                i += piece.length();
                continue;
            } else if (c == '\\') {
                piece = rest.substring(0, 2);
            } else if (inClass) {
                inClass = c != ']';
                piece = String.valueOf(c);
            } else if (c == '[') {
                inClass = true;
                piece = "[";
            } else if (c == '(') {
                Matcher group = GROUP_OPENING_PATTERN.matcher(rest);
                group.lookingAt();
                String opening = group.group();
                boolean negative = opening.equals("(?!") || opening.equals("(?<!");
                boolean flagsOnly = opening.endsWith(")");
                if (!flagsOnly) {
                    dropped.push(negative);
                }
                out.append(dropping || negative || flagsOnly ? "" : opening.equals("(") ? "(" : "(?:");
                i += opening.length();
                continue;
            } else if (c == ')') {
                boolean wasDropped = dropped.pop();
                out.append(dropping ? "" : ")");
                i++;
                // a quantifier of a dropped group goes with it
                if (wasDropped && i < regex.length() && "?*+{".indexOf(regex.charAt(i)) >= 0) {
                    i = regex.charAt(i) == '{' ? regex.indexOf('}', i) + 1 : i + 1;
                }
                continue;
            } else {
                piece = String.valueOf(c);
            }
            out.append(dropping ? "" : piece);
            i += piece.length();
        }
        return out.toString();
    }

    private static final Pattern GROUP_OPENING_PATTERN = Pattern.compile(
            "\\((?:\\?(?:<[a-zA-Z]\\w*>|<?[=!]|[a-zA-Z-]*[:)]))?");

    private static final Map<String, String> UNICODE_CLASSES = Map.of("\\p{IsHan}", "一-龥",
            "\\p{IsKatakana}", "ァ-ヶ", "\\p{IsHiragana}", "ぁ-ゖ", "\\p{Lu}", "A-ZÄÖÜ", "\\p{Ll}", "a-zäöüß",
            "\\p{L}", "a-zA-ZäöüÄÖÜßéñ", "\\p{IsLatin}", "a-zA-Zäöüßéñ", "\\p{N}", "0-9");

    private static String visible(String s) {
        return s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r").replace("\u000B", "\\v")
                .replace("\f", "\\f");
    }
}
