package memoryimport.job;

import org.springframework.batch.core.BatchStatus;

/** The process exit codes the README lists; scripts and schedulers tell outcomes apart by them. */
public final class ExitCodes {

    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int BAD_USAGE = 2;
    public static final int REFUSED = 3;
    public static final int STOPPED = 4;
    public static final int NOTHING_TO_DO = 5;

    private ExitCodes() {
    }

    public static int of(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> COMPLETED;
            case STOPPED, STOPPING -> STOPPED;
            default -> FAILED;
        };
    }
}
