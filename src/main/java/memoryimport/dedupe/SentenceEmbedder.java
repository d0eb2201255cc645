package memoryimport.dedupe;

/** Turns one text into a unit-length vector; cosine of two texts is then the dot product. Thread-safe. */
public interface SentenceEmbedder {

    float[] embed(String text);

    /**
     * Whether the model reads only Latin-script text: an English model sees Korean, Chinese or Russian as a few unknown
     * pieces, so any two such texts come out alike (unrelated Korean lines at cosine 0.81-0.91).
     */
    default boolean readsLatinOnly() {
        return false;
    }

    /** Dot product of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
