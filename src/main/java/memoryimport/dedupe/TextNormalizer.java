package memoryimport.dedupe;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The form two texts must share to count as an exact repeat: NFKC, lower case, no punctuation, single spaces. */
public final class TextNormalizer {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }
}
