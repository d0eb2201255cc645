package memoryimport.classify.sensitive;

import java.util.ArrayList;
import java.util.List;

/**
 * Words a detector looks for, sorted once by how they match: one with an upper-case letter as written (e.g.
 * {@code SIN}, which must not match Spanish "sin"), the others in the text's lower-case copy.
 */
public record Words(List<String> asWritten, List<String> lowerCase) {

    static final Words NONE = new Words(List.of(), List.of());

    static Words of(List<String> words) {
        List<String> asWritten = new ArrayList<>();
        List<String> lowerCase = new ArrayList<>();
        for (String w : words) {
            (hasUpper(w) ? asWritten : lowerCase).add(w);
        }
        return new Words(List.copyOf(asWritten), List.copyOf(lowerCase));
    }

    boolean isEmpty() {
        return asWritten.isEmpty() && lowerCase.isEmpty();
    }

    static boolean hasUpper(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
