package memoryimport.classify.sensitive;

/** One sensitive-value detector: finds values of one kind and adds them to the text's findings. */
public interface Detector {

    String id();

    String kind();

    /** Words one of which a text must hold for this detector to find anything in it; none: every text. */
    default Words keywords() {
        return Words.NONE;
    }

    /** Adds a finding for each value found in a part of the text no earlier detector claimed. */
    void detect(Text text);
}
