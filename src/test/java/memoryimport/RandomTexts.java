package memoryimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random strings over an alphabet of code points: inputs for checking a hand-written scanner against its regex. */
public final class RandomTexts {

    private RandomTexts() {
    }

    /**
     * {@code count} strings of {@code minLength} to {@code maxLength} code points drawn from {@code alphabet}; the same
     * seed gives the same strings.
     */
    public static List<String> of(String alphabet, int count, int minLength, int maxLength, long seed) {
        int[] codePoints = alphabet.codePoints().toArray();
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = minLength + random.nextInt(maxLength - minLength + 1); k > 0; k--) {
                b.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            texts.add(b.toString());
        }
        return texts;
    }
}
