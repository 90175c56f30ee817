package id.kinerja.deploy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;

import id.kinerja.deploy.launcher.LocalRun;

/**
 * An open-loop load: arrivals at the planned times of a {@link Pacing}, whatever the answers do. One scheduler thread
 * waits for each planned time and hands the arrival to a sender thread that is waiting for work; the sender sends it
 * and records the outcome (latency from the planned time, so a slow answer never delays or hides the arrivals behind
 * it — no coordinated omission). An arrival for which no sender is free at its planned time is not sent and counted:
 * the step counts it as not accepted. The scheduler's own lateness (a busy client machine) is recorded too; it is part
 * of every latency, which starts at the planned time.
 */
final class OpenLoop {

  /** One arrival: its number in the step, its planned time (System.nanoTime) and what it carries. */
  record Arrival<T>(long index, long plannedNanos, T payload) {
  }

  /** What the scheduler did. */
  record Dispatch(long planned, long handed, long notSent, long noPayload, Histogram latenessMicros) {
  }

  private OpenLoop() {
  }

  /**
   * Runs one step: starts {@code senders} threads, hands every planned arrival to a free one at its time, calls
   * {@code atStepEnd} when the step's time is over (arrivals may still be in flight) and returns when every sent
   * arrival has been answered. {@code payloads} is asked once per arrival at its planned time; null means there is
   * nothing left to send (counted as {@code noPayload}).
   */
  static <T> Dispatch run(Pacing pacing, int senders, Supplier<T> payloads, Consumer<Arrival<T>> send, Runnable atStepEnd) {
    SynchronousQueue<Arrival<T>> handoff = new SynchronousQueue<>();
    Arrival<T> stop = new Arrival<>(-1, 0, null);
    List<Thread> threads = startSenders(senders, handoff, stop, send);
    LocalRun.sleep(50); // every sender is waiting in take() before the first arrival is due
    long start = System.nanoTime();
    Dispatch d = dispatch(pacing, payloads, handoff, start);
    parkUntil(start + pacing.stepNanos());
    atStepEnd.run();
    stopSenders(threads, handoff, stop);
    return d;
  }

  /** Starts the sender threads and returns once every one is ready to take an arrival. */
  private static <T> List<Thread> startSenders(int senders, SynchronousQueue<Arrival<T>> handoff, Arrival<T> stop,
      Consumer<Arrival<T>> send) {
    CountDownLatch ready = new CountDownLatch(senders);
    List<Thread> threads = new ArrayList<>(senders);
    for (int i = 0; i < senders; i++) {
      // Small stacks: a sender only runs a blocking HTTP call; thousands of them must not cost much memory.
      Thread t = new Thread(null, () -> {
        ready.countDown();
        sendUntilStopped(handoff, stop, send);
      }, "sender-" + i, 256 * 1024);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return threads;
  }

  private static <T> void sendUntilStopped(SynchronousQueue<Arrival<T>> handoff, Arrival<T> stop,
      Consumer<Arrival<T>> send) {
    while (true) {
      Arrival<T> a;
      try {
        a = handoff.take();
      } catch (InterruptedException e) {
        return;
      }
      if (a == stop) {
        return;
      }
      try {
        send.accept(a);
      } catch (RuntimeException e) {
        Bench.log("sender: " + e);
      }
    }
  }

  /** Hands every planned arrival to a free sender at its time; one that finds none free is not sent. */
  private static <T> Dispatch dispatch(Pacing pacing, Supplier<T> payloads, SynchronousQueue<Arrival<T>> handoff,
      long start) {
    Histogram lateness = new Histogram(3_600_000_000L, 3);
    long n = pacing.arrivals();
    long handed = 0;
    long notSent = 0;
    long noPayload = 0;
    for (long i = 0; i < n; i++) {
      long planned = start + pacing.offsetNanos(i);
      parkUntil(planned);
      lateness.recordValue(Math.max(0, (System.nanoTime() - planned) / 1_000));
      T payload = payloads.get();
      if (payload == null) {
        noPayload++;
      } else if (handoff.offer(new Arrival<>(i, planned, payload))) {
        handed++;
      } else {
        notSent++;
      }
    }
    return new Dispatch(n, handed, notSent, noPayload, lateness);
  }

  private static void parkUntil(long nanoTime) {
    long wait;
    while ((wait = nanoTime - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
  }

  /** Stops every sender once its request in flight has been answered, and waits for them. */
  private static <T> void stopSenders(List<Thread> threads, SynchronousQueue<Arrival<T>> handoff, Arrival<T> stop) {
    for (int i = 0; i < threads.size(); i++) {
      try {
        handoff.put(stop);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
