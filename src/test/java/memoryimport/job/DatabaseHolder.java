package memoryimport.job;

import java.sql.Connection;
import java.sql.DriverManager;

/** A second process for tests: opens a job database, says so, and holds it until its standard input closes. */
public final class DatabaseHolder {

    private DatabaseHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection held = DriverManager.getConnection(args[0], "SA", "")) {
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test closes our standard input
            }
        }
    }
}
