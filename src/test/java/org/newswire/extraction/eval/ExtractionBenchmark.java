package org.newswire.extraction.eval;

import org.newswire.bench.BenchCorpus;
import org.newswire.extraction.Document;
import org.newswire.extraction.ExtractionPipelines;
import org.newswire.extraction.Pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extraction throughput and latency on a benchmark corpus (the labelled articles and articles assembled
 * from their paragraphs, {@link BenchCorpus}; 200 unless the first argument says otherwise), after a warm-up pass: per-article
 * milliseconds (mean, p50, p99, and per 2,000 characters), time per stage, and articles per second
 * on one thread and on all cores. Run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.newswire.extraction.eval.ExtractionBenchmark}.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<String> texts = BenchCorpus.generate(size, 1).stream().map(BenchCorpus.Article::text).toList();
        long t0 = System.nanoTime();
        Pipeline pipeline = ExtractionPipelines.standard();
        System.out.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (String text : texts.subList(0, Math.min(texts.size(), 50))) {
            pipeline.extract("", text); // warm-up: JIT and lazy initialisation
        }
        List<Double> millis = new ArrayList<>();
        Map<String, Long> stages = new LinkedHashMap<>();
        long chars = 0;
        long start = System.nanoTime();
        for (String text : texts) {
            Document d = new Document("", text);
            long a = System.nanoTime();
            pipeline.process(d);
            millis.add((System.nanoTime() - a) / 1e6);
            d.stageNanos().forEach((k, v) -> stages.merge(k, v, Long::sum));
            chars += text.length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf("single thread: %d articles (mean %.0f chars) in %.1f s = %.1f articles/s%n",
                sorted.length, (double) chars / sorted.length, seconds, sorted.length / seconds);
        System.out.printf("latency ms: mean %.1f, p50 %.1f, p99 %.1f; per 2,000 chars %.1f%n", mean,
                sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)],
                mean * 2000.0 * sorted.length / chars);
        stages.forEach((k, v) -> System.out.printf("  stage %-9s %.1f ms/article%n", k, v / 1e6 / sorted.length));

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long p0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (String text : texts) {
            futures.add(pool.submit(() -> pipeline.extract("", text)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double parallel = (System.nanoTime() - p0) / 1e9;
        System.out.printf("%d threads: %.1f articles/s%n", threads, futures.size() / parallel);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap used after GC: %d MB (max %d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }
}
