package memoryimport.dedupe;

/** Turns one text into a unit-length vector; cosine of two texts is then the dot product. Thread-safe. */
public interface SentenceEmbedder {

    float[] embed(String text);

    /** Dot product of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
