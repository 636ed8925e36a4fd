package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.zaxxer.hikari.HikariDataSource;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.store.PostgresArchive;
import dev.probe.store.TestDatabase;
import dev.probe.web.PushBundle;
import dev.probe.web.WebRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Lambda benchmark ({@code bench/lambda}): the deployment package in fresh JVMs against a local
 * PostgreSQL (embedded, or {@code PROBE_TEST_DB_URL}), started with the JVM flags of Lambda's
 * java17 runtime ({@link LambdaJvm#FLAGS}). Cold: launch to first answer, for the dashboard and for
 * a push, without and with a class-data-sharing archive made by a training run. Warm: sequential
 * invocations in one JVM. Prints the package size and the load average. Not a test: numbers only.
 */
public final class LambdaBench {
  private static final PlayerId ME = new PlayerId("me");

  private LambdaBench() {}

  public static void main(String[] args) throws Exception {
    int coldRuns = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Path jar = PackageSizeIT.packagePath();
    System.out.printf(
        Locale.ROOT,
        "package %s: %.2f MB (%d bytes)%n",
        jar,
        Files.size(jar) / 1048576.0,
        Files.size(jar));
    System.out.println(load("before"));

    HikariDataSource db = (HikariDataSource) TestDatabase.freshSchema();
    new PostgresArchive(db).players().savePlayer(new Player(ME, Region.CN, "", ""));
    Path dir = Files.createTempDirectory("probe-lambda-bench");
    Path harness = LambdaJvm.harnessJar(jar.toAbsolutePath().getParent());
    PackagedLambda lambda =
        new PackagedLambda(jar, LambdaScenario.environment(db, 4L << 20), harness.toString());
    Path dashboard =
        event(
            dir,
            "dashboard",
            LambdaScenario.request("GET", "/", ME, LambdaScenario.TOKEN, null, new byte[0]));
    byte[] zip = PushBundle.write(List.of(LambdaScenario.recordPage()));
    Path push =
        event(
            dir,
            "push",
            LambdaScenario.request(
                "POST", "/api/push", ME, LambdaScenario.TOKEN, PushBundle.CONTENT_TYPE, zip));
    // The archive holds the pushed plays before the dashboard is measured.
    check(lambda.run("http", 1, List.of(push)), 200);
    String[] flags = LambdaJvm.FLAGS.toArray(String[]::new);
    System.out.println("JVM flags (Lambda java17, 1,024 MB): " + String.join(" ", flags));

    if (coldRuns == 0) {
      profile(lambda, dir, dashboard, flags);
      db.close();
      return;
    }
    Path archive = jar.toAbsolutePath().getParent().resolve("probe-lambda-cds.jsa");
    LambdaJvm.train(lambda, List.of(push, dashboard), archive);
    System.out.printf(
        Locale.ROOT,
        "CDS archive %s: %.1f MB, %.1f MB compressed (made by one run: push, dashboard)%n",
        archive,
        Files.size(archive) / 1048576.0,
        LambdaJvm.compressedSize(archive) / 1048576.0);
    String[] cds = LambdaJvm.withArchive(archive).toArray(String[]::new);
    Path runtimeArchive =
        LambdaJvm.runtimeArchive(
            lambda,
            List.of(push, dashboard),
            dir,
            jar.toAbsolutePath().getParent().resolve("probe-lambda-runtime-cds.jsa"));
    String[] runtime = LambdaJvm.withArchive(runtimeArchive).toArray(String[]::new);
    System.out.printf(
        Locale.ROOT,
        "runtime-only archive %s: %.1f MB (JDK + runtime client classes, none of the package's:"
            + " how Lambda's java17 runtime starts, with its own runtime.jsa)%n",
        runtimeArchive,
        Files.size(runtimeArchive) / 1048576.0);
    for (String[] options : List.of(flags, runtime, cds)) {
      String label =
          options == cds
              ? "with the package's CDS archive"
              : options == runtime
                  ? "as on the managed runtime (runtime-only archive)"
                  : "without CDS";
      cold("cold, dashboard first, " + label, lambda, coldRuns, List.of(dashboard, push), options);
      cold("cold, push first, " + label, lambda, coldRuns, List.of(push, dashboard), options);
    }
    if (warm > 0) {
      warm("warm dashboard (HTML, gzip)", lambda, warm, dashboard, flags);
      warm("warm push (same page again: nothing new)", lambda, warm, push, flags);
    }
    System.out.println(load("after"));
    db.close();
  }

  /** bench/lambda 0 0: one cold dashboard under Flight Recorder, and its class loading. */
  private static void profile(PackagedLambda lambda, Path dir, Path dashboard, String[] flags)
      throws Exception {
    Path jfr = dir.resolve("cold.jfr");
    Path classes = dir.resolve("class-load.log");
    List<String> options = new ArrayList<>(List.of(flags));
    options.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
    lambda.run("http", 1, List.of(dashboard), options.toArray(String[]::new));
    options = new ArrayList<>(List.of(flags));
    options.add("-Xlog:class+load=info:file=" + classes);
    lambda.run("http", 1, List.of(dashboard), options.toArray(String[]::new));
    System.out.println("profile: " + jfr + " (jfr print --events jdk.ExecutionSample …)");
    System.out.println(ClassLoadLog.summary(classes, 12));
  }

  private static String load(String when) throws IOException {
    String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return String.format(
        Locale.ROOT,
        "load average %s: %s %s %s (%d cores)",
        when,
        avg[0],
        avg[1],
        avg[2],
        Runtime.getRuntime().availableProcessors());
  }

  private static Path event(Path dir, String name, WebRequest request) throws Exception {
    Path file = dir.resolve(name + ".json");
    Files.writeString(
        file, RuntimeJson.write(GatewayEvents.httpApi(request, ""), APIGatewayV2HTTPEvent.class));
    return file;
  }

  private static void cold(
      String label, PackagedLambda lambda, int runs, List<Path> events, String[] options)
      throws Exception {
    long[] init = new long[runs];
    long[] first = new long[runs];
    long[] second = new long[runs];
    long[] cpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      PackagedLambda.Run run = lambda.run("http", 1, events, options);
      check(run, 200);
      init[i] = run.initNanos();
      first[i] = run.invocations().get(0).sinceLaunchNanos();
      second[i] = run.invocations().get(1).handlerNanos();
      cpu[i] = run.invocations().get(0).cpuNanos();
    }
    System.out.printf(Locale.ROOT, "%s (%d runs)%n", label, runs);
    System.out.printf(Locale.ROOT, "  handler constructor (init)        %s%n", ms(init));
    System.out.printf(Locale.ROOT, "  JVM launch to first response      %s%n", ms(first));
    System.out.printf(Locale.ROOT, "  CPU time to first response        %s%n", ms(cpu));
    System.out.printf(Locale.ROOT, "  second request in the same JVM    %s%n", ms(second));
  }

  private static void warm(
      String label, PackagedLambda lambda, int count, Path event, String[] options)
      throws Exception {
    PackagedLambda.Run run = lambda.run("http", count + 1, List.of(event), options);
    check(run, 200);
    long[] nanos =
        run.invocations().stream()
            .skip(1)
            .mapToLong(PackagedLambda.Invocation::handlerNanos)
            .toArray();
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "%s, %d sequential invocations after the first: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        label,
        nanos.length,
        pct(nanos, 50) / 1e6,
        pct(nanos, 99) / 1e6,
        nanos[nanos.length - 1] / 1e6);
  }

  private static void check(PackagedLambda.Run run, int status) {
    List<Integer> statuses = new ArrayList<>();
    for (PackagedLambda.Invocation i : run.invocations()) {
      statuses.add(RuntimeJson.read(i.json(), APIGatewayV2HTTPResponse.class).getStatusCode());
    }
    if (statuses.isEmpty() || statuses.stream().anyMatch(s -> s != status)) {
      throw new IllegalStateException("unexpected answers " + statuses + "\n" + run.stderr());
    }
  }

  private static String ms(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    StringBuilder all = new StringBuilder();
    for (long n : nanos) {
      all.append(all.length() == 0 ? "" : " ").append(Math.round(n / 1e6));
    }
    return String.format(
        Locale.ROOT, "median %4d ms  (runs: %s ms)", Math.round(pct(sorted, 50) / 1e6), all);
  }

  private static double pct(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
