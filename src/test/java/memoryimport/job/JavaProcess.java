package memoryimport.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A separate JVM on the test class path, whose output lines the test can wait for. */
final class JavaProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread pump;

    private JavaProcess(Process process) {
        this.process = process;
        this.pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        pump.setDaemon(true);
        pump.start();
    }

    static JavaProcess start(Path workDir, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new JavaProcess(new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start());
    }

    /** Waits until a line containing the text appears; false when the process ends or time runs out first. */
    boolean awaitLine(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (lines.stream().anyMatch(l -> l.contains(text))) {
                return true;
            }
            if (!process.isAlive()) {
                return lines.stream().anyMatch(l -> l.contains(text));
            }
            Thread.sleep(20);
        }
        return false;
    }

    Process process() {
        return process;
    }

    String output() {
        return String.join("\n", lines);
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not end within " + timeout + ":\n" + output());
        }
        pump.join(5000); // the last lines may still be on their way
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        process.destroyForcibly();
    }
}
