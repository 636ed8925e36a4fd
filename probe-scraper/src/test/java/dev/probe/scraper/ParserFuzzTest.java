package dev.probe.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.page.NetPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded fuzzing from every real and synthetic test page: the only outcomes allowed are a page
 * consistent with the undamaged one ({@link PlayInvariant}), {@code UNRECOGNISED_PAGE}, or — for
 * error, logout, login and challenge pages — their own error kinds. Any other exception, a hang
 * (the timeout) or a play the original page does not have fails the test. Prints its counts.
 */
class ParserFuzzTest {

  private static final long SEED = 20261126L;
  private static final int INPUTS = 37 * 280;
  private static final Set<Kind> ERROR_KINDS =
      Set.of(Kind.SESSION_EXPIRED, Kind.NET_ERROR, Kind.BLOCKED);

  private final NetPageParser parser = new NetPageParser();

  @Test
  // Only a hang detector: the run's wall time depends on how busy the machine is, and speed is
  // measured by bench/parse, never by a unit test.
  @Timeout(value = 900, unit = TimeUnit.SECONDS)
  void damagedPagesAreReadConsistentlyOrRejected() {
    List<FuzzCorpus.Page> corpus = FuzzCorpus.all();
    Random random = new Random(SEED);
    PageMutator mutator = new PageMutator(random);
    PageMutator.Mutation[] mutations = PageMutator.Mutation.values();
    Map<PageMutator.Mutation, int[]> counts = new EnumMap<>(PageMutator.Mutation.class);
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    int playsChecked = 0;
    Map<String, Object> originals = new java.util.HashMap<>();
    Map<PageMutator.Mutation, Long> nanos = new EnumMap<>(PageMutator.Mutation.class);
    for (int i = 0; i < INPUTS; i++) {
      FuzzCorpus.Page source = corpus.get(i % corpus.size());
      PageMutator.Mutation mutation = mutations[(i / corpus.size()) % mutations.length];
      Object original =
          originals.computeIfAbsent(
              source.name(),
              n -> outcome(source.url(), source.html().getBytes(StandardCharsets.UTF_8)));
      long start = System.nanoTime();
      byte[] damaged = mutator.mutate(source.html(), mutation);
      Object result = outcome(source.url(), damaged);
      nanos.merge(mutation, System.nanoTime() - start, Long::sum);
      int[] c = counts.computeIfAbsent(mutation, m -> new int[3]);
      String problem = judge(original, result);
      if (problem != null) {
        violations.add(mutation + " of " + source.name() + " (input " + i + "): " + problem);
      }
      if (result instanceof NetPage) {
        c[0]++;
        playsChecked += PlayInvariant.plays((NetPage) result).size();
        outcomes.merge("page " + ((NetPage) result).kind(), 1, Integer::sum);
      } else if (result instanceof ProbeException) {
        c[((ProbeException) result).kind() == Kind.UNRECOGNISED_PAGE ? 1 : 2]++;
        outcomes.merge(((ProbeException) result).kind().name(), 1, Integer::sum);
      } else {
        outcomes.merge("other exception", 1, Integer::sum);
      }
    }
    System.out.println(
        "fuzz: seed " + SEED + ", " + INPUTS + " inputs from " + corpus.size() + " pages");
    counts.forEach(
        (m, c) ->
            System.out.printf(
                "fuzz: %-18s read %5d  unrecognised %5d  error kinds %4d  (%d ms)%n",
                m, c[0], c[1], c[2], nanos.get(m) / 1_000_000));
    System.out.println("fuzz: outcomes " + outcomes + ", plays checked " + playsChecked);
    violations.stream().limit(20).forEach(v -> System.out.println("fuzz: VIOLATION " + v));
    assertThat(violations).isEmpty();
  }

  private static String judge(Object original, Object result) {
    if (result instanceof Throwable && !(result instanceof ProbeException)) {
      return "threw " + result;
    }
    if (result instanceof ProbeException) {
      Kind kind = ((ProbeException) result).kind();
      boolean errorPage =
          original instanceof ProbeException
              && ERROR_KINDS.contains(((ProbeException) original).kind());
      return kind == Kind.UNRECOGNISED_PAGE || (errorPage && ERROR_KINDS.contains(kind))
          ? null
          : "failed with " + kind + ": " + ((ProbeException) result).getMessage();
    }
    NetPage page = (NetPage) result;
    if (!(original instanceof NetPage)) {
      return PlayInvariant.plays(page).isEmpty() ? null : "plays from a page that has none";
    }
    return PlayInvariant.check((NetPage) original, page);
  }

  private Object outcome(URI url, byte[] body) {
    try {
      return parser.parse(new RawPage(url, Fixtures.FETCHED, body));
    } catch (RuntimeException | StackOverflowError e) {
      return e;
    }
  }
}
