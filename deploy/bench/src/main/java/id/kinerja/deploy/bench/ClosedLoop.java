package id.kinerja.deploy.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load at fixed concurrency: each of {@code concurrency} workers takes the next task, runs it and takes
 * the next, until the tasks run out or the deadline passes. Latency of every task is recorded in an HdrHistogram (µs).
 */
final class ClosedLoop<T> {

  /** What a task reports: whether it was accepted and how many units (rows) it carried. */
  record Outcome(boolean ok, int units, String error) {
    static Outcome ok(int units) {
      return new Outcome(true, units, null);
    }

    static Outcome failed(String error) {
      return new Outcome(false, 0, error);
    }
  }

  /** The result of one run. */
  record Result(long tasks, long okTasks, long units, long failed, double seconds, Histogram latencyMicros,
      List<String> sampleErrors) {
    double tasksPerSecond() {
      return okTasks / seconds;
    }

    double unitsPerSecond() {
      return units / seconds;
    }
  }

  private final int concurrency;
  private final Iterator<T> tasks;
  private final Function<T, Outcome> run;

  ClosedLoop(int concurrency, Iterator<T> tasks, Function<T, Outcome> run) {
    this.concurrency = concurrency;
    this.tasks = tasks;
    this.run = run;
  }

  private synchronized T next() {
    return tasks.hasNext() ? tasks.next() : null;
  }

  Result run(long deadlineNanos) {
    ConcurrentHistogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
    AtomicLong count = new AtomicLong();
    AtomicLong ok = new AtomicLong();
    AtomicLong units = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<String> errors = new ArrayList<>();
    ConcurrentHashMap<String, Boolean> seenErrors = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      Thread t = new Thread(() -> {
        while (System.nanoTime() < deadlineNanos) {
          T task = next();
          if (task == null) {
            return;
          }
          long t0 = System.nanoTime();
          Outcome o;
          try {
            o = run.apply(task);
          } catch (RuntimeException e) {
            o = Outcome.failed(e.toString());
          }
          long t1 = System.nanoTime();
          count.incrementAndGet();
          if (o.ok()) {
            ok.incrementAndGet();
            units.addAndGet(o.units());
            latency.recordValue(Math.max(1, (t1 - t0) / 1_000));
          } else {
            failed.incrementAndGet();
            String key = o.error() == null ? "?" : o.error().substring(0, Math.min(160, o.error().length()));
            if (seenErrors.size() < 5 && seenErrors.putIfAbsent(key, true) == null) {
              synchronized (errors) {
                errors.add(key);
              }
            }
          }
        }
      }, "load-" + i);
      t.start();
      workers.add(t);
    }
    for (Thread t : workers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(count.get(), ok.get(), units.get(), failed.get(), seconds, latency, errors);
  }
}
