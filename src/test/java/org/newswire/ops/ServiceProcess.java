package org.newswire.ops;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged service as a separate process, as an operator runs it, for tests that kill and restart it. */
public final class ServiceProcess {

    /** The PostgreSQL build (profile pg), as {@code ./mvnw package} leaves it. */
    public static final Path PG_JAR = Path.of("target", "quarkus-app-pg", "quarkus-run.jar");
    /** The embedded H2 build, the default one. */
    public static final Path H2_JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private static final Pattern LISTENING = Pattern.compile("Listening on: https?://[^\\s:]+:(\\d+)");

    public final int port;
    private final Process process;

    private ServiceProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Starts the jar with these system properties and waits until it reports ready. The service binds
     * a port of its own choosing (port 0) and the port is read from its log: a port picked here and
     * handed over could be taken in between (even by this test's own polling connections).
     */
    public static ServiceProcess start(Path jar, Path logDir, String... properties) throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("package the service first (./mvnw package -DskipTests): " + jar);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Dquarkus.http.port=0"));
        for (String p : properties) {
            command.add("-D" + p);
        }
        command.addAll(List.of("-jar", jar.toString()));
        Path log = logDir.resolve("service-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        int port = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new IllegalStateException("service exited early (code " + p.exitValue() + "); its log ends:\n" + tail(log));
            }
            if (port < 0) {
                Matcher listening = LISTENING.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
                port = listening.find() ? Integer.parseInt(listening.group(1)) : -1;
            }
            if (port > 0 && ready(port)) {
                return new ServiceProcess(port, p);
            }
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new IllegalStateException("service did not become ready within 120 s; its log ends:\n" + tail(log));
    }

    /** A plain JDK connection: cheap enough to poll often, so the time to ready is measured to ~50 ms. */
    private static boolean ready(int port) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** SIGKILL: no shutdown hook, no chance to flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Resident set size of the service process, from /proc (Linux). */
    public long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
