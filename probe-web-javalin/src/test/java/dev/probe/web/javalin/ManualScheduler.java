package dev.probe.web.javalin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A scheduler on the test's own clock: nothing runs until the test advances the time, and then
 * every task falls due at exactly the times its period gives.
 */
final class ManualScheduler implements JavalinServer.Scheduler {
  private static final class Job {
    final Duration period;
    final Runnable task;
    Duration next;

    Job(Duration period, Runnable task, Duration next) {
      this.period = period;
      this.task = task;
      this.next = next;
    }
  }

  private final List<Job> jobs = new ArrayList<>();
  private Duration now = Duration.ZERO;

  @Override
  public synchronized AutoCloseable every(Duration period, Runnable task) {
    Job job = new Job(period, task, now.plus(period));
    jobs.add(job);
    return () -> {
      synchronized (this) {
        jobs.remove(job);
      }
    };
  }

  /** Time since the scheduler was made. */
  synchronized Duration now() {
    return now;
  }

  synchronized List<Duration> periods() {
    return jobs.stream().map(j -> j.period).toList();
  }

  /** Moves the time on, running each task as it falls due, in order. */
  void advance(Duration by) {
    Duration until;
    synchronized (this) {
      until = now.plus(by);
    }
    while (true) {
      Job due;
      synchronized (this) {
        Optional<Job> first =
            jobs.stream()
                .filter(j -> j.next.compareTo(until) <= 0)
                .min(Comparator.comparing(j -> j.next));
        if (first.isEmpty()) {
          now = until;
          return;
        }
        due = first.get();
        now = due.next;
      }
      due.task.run();
      synchronized (this) {
        due.next = now.plus(due.period); // the next run is a period after this one ended
      }
    }
  }
}
