package org.newswire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newswire.ops.ServiceProcess;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the packaged service, fills it to a number of articles through the HTTP API (full extraction),
 * measures ingest on articles it has not seen, then loads it with concurrent readers, first alone and
 * then while new articles are posted at a steady rate, and prints: time to ready, resident memory,
 * per-query p50/p90/p99 latency and requests per second, how soon a posted article is stored and
 * seen by readers, and a summary line per query kind with and without writes. Loopback only, bounded in time.
 * See the README's "Benchmarks" for the command and the properties it takes.
 */
public final class ServiceBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> TOPICS = List.of("election-interference", "sanctions", "arms-control");
    private static final List<String> SEARCHES = List.of("sanctions", "\"New START\"", "election interference", "inspections",
            "Peskov", "nuclear treaty", "relations remain bad", "Ukraine", "meddling", "Washington", "Kremlin spokesman",
            "oil price cap");

    private ServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("bench.db", "h2");
        int articles = Integer.getInteger("bench.articles", 10_000);
        int clients = Integer.getInteger("bench.clients", 50);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmup = Integer.getInteger("bench.warmup", 20);
        int ingestClients = Integer.getInteger("bench.ingest-clients", 4);
        // a database grouped on ingest and one that is not are kept apart: each run measures its own
        Path dir = Path.of("target", "bench", db + (Boolean.parseBoolean(System.getProperty("bench.grouping", "true")) ? "" : "-ungrouped"))
                .toAbsolutePath();
        Files.createDirectories(dir);

        System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
        long t0 = System.nanoTime();
        ServiceProcess service = start(db, dir);
        System.out.printf("startup: ready in %.2f s (process start to /q/health/ready 200; reads served, writes wait for the models)%n",
                (System.nanoTime() - t0) / 1e9);
        String base = "http://127.0.0.1:" + service.port;
        while (!get(base + "/q/health/ready").toString().contains("\"models\":\"loaded\"")) {
            Thread.sleep(20);
        }
        System.out.printf("startup: extraction models loaded at %.2f s, RSS %d MB%n", (System.nanoTime() - t0) / 1e9,
                service.residentMegabytes());
        try {
            fill(base, articles, ingestClients);
            double ingest = ingest(base, Integer.getInteger("bench.ingest-articles", 400), ingestClients);
            List<Target> targets = targets(base);
            System.out.printf("reads: %d clients, %d s warm-up, %d s measured, %d distinct URLs%n", clients, warmup, seconds,
                    targets.size());
            load(targets, clients, warmup); // warm-up: JIT, caches, connection pool
            Summary quiet = reads(base, targets, clients, seconds, dir, "no writes");
            double writes = Double.parseDouble(System.getProperty("bench.write-rate", "5"));
            Summary busy = null;
            Writer writer = null;
            if (writes > 0) {
                writer = new Writer(base, writes);
                try {
                    busy = reads(base, targets, clients, seconds, dir, String.format("while %.1f new articles/s are posted", writes));
                } finally {
                    writer.stop();
                }
            }
            System.out.printf("after load: RSS %d MB%n", service.residentMegabytes());
            System.out.printf("%nsummary (%s, %d articles stored, %d clients, %d s a phase):%n", db, storedArticles(base), clients, seconds);
            quiet.print(busy);
            if (writer != null) {
                writer.print();
            }
            System.out.printf("  ingest: %.1f articles/s (batches of 20 from %d clients, full extraction)%n", ingest, ingestClients);
            System.out.println("  extraction in the service, mean per article: " + stageMeans(base));
            System.out.println("  grouping in the service (stories and statements, in the storing transaction): " + groupingTime(base));
        } finally {
            service.kill();
        }
    }

    /** Mean time per article of each extraction stage, from the service's own Prometheus timers. */
    private static String stageMeans(String base) throws Exception {
        String metrics = metrics(base);
        Map<String, double[]> stages = new LinkedHashMap<>();
        Matcher m = Pattern
                .compile("newswire_extraction_stage_seconds_(count|sum)\\{[^}]*stage=\"([a-z]+)\"[^}]*} ([0-9.eE+-]+)").matcher(metrics);
        while (m.find()) {
            stages.computeIfAbsent(m.group(2), k -> new double[2])[m.group(1).equals("count") ? 0 : 1] = Double.parseDouble(m.group(3));
        }
        StringBuilder out = new StringBuilder();
        stages.forEach((stage, cs) -> out.append(String.format("%s %.1f ms  ", stage, cs[1] * 1000 / Math.max(1, cs[0]))));
        return out.toString().strip();
    }

    /** The service's Prometheus metrics, as text. */
    private static String metrics(String base) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Mean and most time per article of story and statement grouping, from the service's timer. */
    private static String groupingTime(String base) throws Exception {
        String metrics = metrics(base);
        Map<String, Double> timer = new LinkedHashMap<>();
        Matcher m = Pattern.compile("newswire_grouping_seconds_(count|sum|max)(?:\\{[^}]*})? ([0-9.eE+-]+)").matcher(metrics);
        while (m.find()) {
            timer.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        if (!timer.containsKey("count")) {
            return "off";
        }
        return String.format("%.0f articles, mean %.1f ms, max %.1f ms (last minutes)", timer.get("count"),
                timer.get("sum") * 1000 / Math.max(1, timer.get("count")), timer.getOrDefault("max", Double.NaN) * 1000);
    }

    private static long storedArticles(String base) throws Exception {
        return get(base + "/api/articles?size=1").get("total").asLong();
    }

    /** Each kind of read alone under wrk (when installed), and all kinds mixed under the Java client. */
    private static Summary reads(String base, List<Target> targets, int clients, int seconds, Path dir, String phase) throws Exception {
        System.out.println("reads, " + phase + ":");
        Summary summary = new Summary();
        System.out.println("  Java client (java.net.http, in this JVM, sharing the cores), all kinds mixed:");
        Map<String, List<Long>> measured = load(targets, clients, seconds);
        measured.forEach((kind, nanos) -> summary.java.put(kind, print(kind, nanos, seconds)));
        if (Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            System.out.println("  wrk (C, 2 threads), one kind at a time:");
            for (Map.Entry<String, List<String>> kind : byKind(targets).entrySet()) {
                summary.wrk.put(kind.getKey(), wrk(base, kind.getKey(), kind.getValue(), clients, seconds, dir));
            }
        }
        return summary;
    }

    /** p50, p99 (ms) and requests/s of one kind of read. */
    private record Figures(double p50, double p99, double perSecond) {
        String text() {
            return String.format("p50 %5.1f  p99 %6.1f ms  %6.0f/s", p50, p99, perSecond);
        }
    }

    private static final class Summary {
        final Map<String, Figures> wrk = new LinkedHashMap<>();
        final Map<String, Figures> java = new LinkedHashMap<>();

        /** One line a kind: without writes, with them (when measured) and the ratio of the p99s. */
        void print(Summary busy) {
            for (String client : List.of("wrk", "java")) {
                Map<String, Figures> mine = client.equals("wrk") ? wrk : java;
                mine.forEach((kind, quiet) -> {
                    Figures loaded = busy == null ? null : (client.equals("wrk") ? busy.wrk : busy.java).get(kind);
                    System.out.printf("  %-4s %-32s no writes: %s%s%n", client, kind, quiet.text(), loaded == null ? ""
                            : String.format("   writing: %s   p99 x%.2f", loaded.text(), loaded.p99() / quiet.p99()));
                });
            }
        }
    }

    private static ServiceProcess start(String db, Path dir) throws Exception {
        List<String> props = new ArrayList<>(List.of("newswire.writes-per-minute=0", "newswire.db.path=" + dir.resolve("db"),
                // bench.read-cache-bytes=0 measures the database path alone
                "newswire.read-cache.max-bytes=" + System.getProperty("bench.read-cache-bytes", "67108864"),
                // true: even the first reader of a stale answer gets it while it is recomputed in the background
                "newswire.read-cache.background=" + System.getProperty("bench.read-cache-background", "false"),
                // false: stories and statements are not grouped on ingest, to measure what grouping costs
                "newswire.grouping.enabled=" + System.getProperty("bench.grouping", "true")));
        if ("pg".equals(db)) {
            String server = System.getProperty("pg.server", "jdbc:postgresql://127.0.0.1:5432/");
            try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", "");
                 Statement s = c.createStatement();
                 var exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'newswire_bench'")) {
                if (!exists.next()) {
                    s.execute("CREATE DATABASE newswire_bench");
                }
            }
            props.add("quarkus.datasource.jdbc.url=" + server + "newswire_bench");
            return ServiceProcess.start(ServiceProcess.PG_JAR, dir, props.toArray(String[]::new));
        }
        return ServiceProcess.start(ServiceProcess.H2_JAR, dir, props.toArray(String[]::new));
    }

    /** Posts the corpus articles the service does not hold yet, in batches of 20 from several clients. */
    private static void fill(String base, int articles, int ingestClients) throws Exception {
        int stored = (int) storedArticles(base);
        if (stored >= articles) {
            System.out.printf("fill: %d articles already stored, skipped%n", stored);
            return;
        }
        post(base, "fill", BenchCorpus.generate(articles, 1).subList(stored, articles), ingestClients);
    }

    /** The ingest rate on articles the service has not seen (a seed of their own). */
    private static double ingest(String base, int articles, int ingestClients) throws Exception {
        if (articles <= 0) {
            return Double.NaN;
        }
        List<BenchCorpus.Article> fresh = BenchCorpus.generate(articles + BenchCorpus.realTexts().size(), System.nanoTime());
        return post(base, "ingest", fresh.subList(BenchCorpus.realTexts().size(), fresh.size()), ingestClients);
    }

    /** Posts articles in batches of 20 from several clients; returns articles stored a second. */
    private static double post(String base, String what, List<BenchCorpus.Article> corpus, int ingestClients) throws Exception {
        List<List<BenchCorpus.Article>> batches = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i += 20) {
            batches.add(corpus.subList(i, Math.min(corpus.size(), i + 20)));
        }
        long chars = corpus.stream().mapToLong(a -> a.text().length()).sum();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(ingestClients);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (List<BenchCorpus.Article> batch : batches) {
            done.add(pool.submit(() -> {
                String body = JSON.writeValueAsString(batch.stream().map(BenchCorpus.Article::json).toList());
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/batch"))
                        .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("batch answered " + r.statusCode() + ": " + r.body());
                }
                JsonNode result = JSON.readTree(r.body());
                created.addAndGet(result.get("created").asInt());
                duplicates.addAndGet(result.get("duplicates").asInt());
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s over HTTP (batches of 20, %d clients, full extraction): %d articles stored, %d found duplicate"
                        + " (mean %d chars) in %.0f s = %.1f articles/s%n", what, ingestClients, created.get(), duplicates.get(),
                chars / Math.max(1, corpus.size()), s, created.get() / s);
        return created.get() / s;
    }

    /**
     * Posts new articles at a steady rate, open loop (a slow answer does not delay the next post), and
     * for each one measures how long it took to be stored (the 201) and how long after that a reader of
     * the newest-articles listing first saw it: the freshness a client gets.
     */
    private static final class Writer {
        private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        private final ExecutorService posts = Executors.newCachedThreadPool();
        private final ConcurrentLinkedQueue<Long> stored = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Long> visible = new ConcurrentLinkedQueue<>();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger duplicates = new AtomicInteger();
        private final double perSecond;
        private final long t0 = System.nanoTime();
        private long seconds;

        Writer(String base, double perSecond) {
            this.perSecond = perSecond;
            // new mixes (a seed of their own; the real articles at the head of every corpus are left out)
            List<BenchCorpus.Article> fresh = BenchCorpus.generate(5_000, System.currentTimeMillis());
            AtomicInteger next = new AtomicInteger(BenchCorpus.realTexts().size());
            clock.scheduleAtFixedRate(() -> posts.execute(() -> post(base, fresh.get(Math.floorMod(next.getAndIncrement(), fresh.size())))),
                    0, Math.round(1_000_000 / perSecond), TimeUnit.MICROSECONDS);
        }

        private void post(String base, BenchCorpus.Article a) {
            try {
                long start = System.nanoTime();
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(a.json()))).build(), HttpResponse.BodyHandlers.ofString());
                long acknowledged = System.nanoTime();
                if (r.statusCode() == 200) {
                    duplicates.incrementAndGet(); // the generated mix happens to equal a stored article
                    return;
                }
                if (r.statusCode() != 201) {
                    if (failed.incrementAndGet() <= 3) {
                        System.out.printf("  a write answered %d: %s%n", r.statusCode(), r.body());
                    }
                    return;
                }
                stored.add(acknowledged - start);
                long id = JSON.readTree(r.body()).get("id").asLong();
                while (System.nanoTime() - acknowledged < 10_000_000_000L) {
                    JsonNode newest = get(base + "/api/articles?sort=-ingestedAt&size=50").get("items");
                    for (JsonNode item : newest) {
                        if (item.get("id").asLong() == id) {
                            visible.add(System.nanoTime() - acknowledged);
                            return;
                        }
                    }
                    Thread.sleep(5);
                }
                visible.add(Long.MAX_VALUE); // not seen in 10 s
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt(); // the load is over
            } catch (Exception e) {
                if (failed.incrementAndGet() <= 3) {
                    System.out.println("  a write failed: " + e);
                }
            }
        }

        void stop() throws InterruptedException {
            clock.shutdownNow();
            seconds = Math.round((System.nanoTime() - t0) / 1e9);
            posts.shutdown();
            posts.awaitTermination(30, TimeUnit.SECONDS);
        }

        void print() {
            long[] s = stored.stream().mapToLong(Long::longValue).sorted().toArray();
            long[] v = visible.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  writes: %.1f/s asked, %.1f/s stored (%d in %d s, %d duplicates, %d failed); stored in p50 %.0f  p99 %.0f  max %.0f ms;"
                            + " seen by a reader of the newest articles p50 %.0f  p99 %.0f  max %.0f ms after the 201%n",
                    perSecond, s.length / (double) seconds, s.length, seconds, duplicates.get(), failed.get(), pct(s, 0.5), pct(s, 0.99), max(s),
                    pct(v, 0.5), pct(v, 0.99), max(v));
        }

        private static double max(long[] sorted) {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
        }
    }

    private record Target(String kind, String url) {
    }

    /** The quote filter for the most quoted speakers on each topic, and full-text searches of articles and quotes. */
    private static List<Target> targets(String base) throws Exception {
        List<Target> out = new ArrayList<>();
        for (JsonNode speaker : get(base + "/api/speakers?size=20").get("items")) {
            String name = speaker.get("name").asText();
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            for (String topic : TOPICS) {
                out.add(new Target("GET /api/quotes?speaker=&topic=", base + "/api/quotes?speaker=" + enc(surname) + "&topic=" + topic));
                out.add(new Target("GET /api/statements?speaker=&topic=", base + "/api/statements?speaker=" + enc(surname) + "&topic=" + topic));
            }
        }
        for (String q : SEARCHES) {
            out.add(new Target("GET /api/articles?q=", base + "/api/articles?q=" + enc(q)));
            out.add(new Target("GET /api/quotes?q=", base + "/api/quotes?q=" + enc(q)));
        }
        return out;
    }

    /** Closed loop: each client sends its next request as soon as the last one is answered. */
    private static Map<String, List<Long>> load(List<Target> targets, int clients, int seconds) throws Exception {
        Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Target t = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
                    long a = System.nanoTime();
                    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(t.url())).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - a;
                    if (r.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    nanos.computeIfAbsent(t.kind(), k -> new ConcurrentLinkedQueue<>()).add(took);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        if (failures.get() > 0) {
            System.out.printf("  %d requests did not answer 200%n", failures.get());
        }
        Map<String, List<Long>> out = new LinkedHashMap<>();
        nanos.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.put(e.getKey(), List.copyOf(e.getValue())));
        return out;
    }

    private static Map<String, List<String>> byKind(List<Target> targets) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        targets.forEach(t -> out.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(URI.create(t.url()).getRawPath()
                + "?" + URI.create(t.url()).getRawQuery()));
        return out;
    }

    /** Runs wrk over these paths (round robin) and prints its percentiles. */
    private static Figures wrk(String base, String kind, List<String> paths, int clients, int seconds, Path dir) throws Exception {
        Path script = dir.resolve("paths.lua");
        StringBuilder lua = new StringBuilder("local paths = {\n");
        paths.forEach(p -> lua.append("  \"").append(p.replace("\"", "\\\"")).append("\",\n"));
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        Files.writeString(script, lua);
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + clients, "-d" + seconds + "s", "--latency", "-s", script.toString(), base)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : out.lines().map(String::strip).toList()) {
            String[] f = line.split("\\s+");
            if (f.length == 2 && f[0].endsWith("%")) {
                figures.put("p" + f[0].replace("%", ""), f[1]);
            } else if (line.startsWith("Requests/sec:")) {
                figures.put("requests/s", f[1]);
            } else if (line.startsWith("Non-2xx") || line.startsWith("Socket errors")) {
                figures.put("errors", line);
            } else if (line.startsWith("Latency") && f.length >= 4) {
                figures.put("max", f[3]);
            }
        }
        System.out.printf("  %-32s %s%n", kind, figures);
        return new Figures(millis(figures.get("p50")), millis(figures.get("p99")), Double.parseDouble(figures.getOrDefault("requests/s", "NaN")));
    }

    /** A wrk latency ("812.00us", "1.20ms", "2.01s") in milliseconds. */
    private static double millis(String wrk) {
        if (wrk == null) {
            return Double.NaN;
        }
        double unit = wrk.endsWith("us") ? 1e-3 : wrk.endsWith("ms") ? 1 : wrk.endsWith("m") ? 60_000 : 1_000;
        return Double.parseDouble(wrk.replaceAll("[a-z]+$", "")) * unit;
    }

    private static Figures print(String kind, List<Long> nanos, int seconds) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("  %-32s %6d requests, %6.0f/s   p50 %6.1f ms   p90 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n",
                kind, sorted.length, sorted.length / (double) seconds, pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
        return new Figures(pct(sorted, 0.50), pct(sorted, 0.99), sorted.length / (double) seconds);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] / 1e6;
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
