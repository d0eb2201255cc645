package memoryimport.parse;

/** A whole export cannot be read; its message is the reason shown in the report. */
public class UnreadableExportException extends Exception {

    public UnreadableExportException(String reason) {
        super(reason);
    }
}
