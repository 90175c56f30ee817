package id.kinerja.deploy.bench;

/**
 * What one open-loop step measured. Counts are of the step's planned arrivals; rates are per second of the step.
 *
 * @param rate              the requested rate (/s)
 * @param seconds           duration of the step (s)
 * @param planned           arrivals planned in the step
 * @param accepted          arrivals answered 201 (durably committed with their outbox event)
 * @param notSent           arrivals not sent because no sender thread was free at their planned time
 * @param noCell            arrivals not sent because no kecamatan had an unentered cell left
 * @param refused           arrivals answered with another status (4xx, 5xx)
 * @param failed            arrivals without an answer (connection error): counted as not accepted; their cells were
 *                          looked up afterwards and count as entered when realization has them
 * @param senders           sender threads of the step
 * @param latencyP50Ms      request latency from the planned send time (201s only), null without any
 * @param latencyP99Ms      the same, p99
 * @param latencyMaxMs      the same, max
 * @param dispatchLateP99Ms how late the scheduler handed arrivals to a sender, p99 (the client's own lag)
 * @param freshness         acceptance → the value visible in reporting, ms, over the followed submissions
 * @param skipped           submissions chosen for following that were not followed
 * @param polls             reads of reporting made to follow them
 * @param pollsNotModified  of those reads, how many reporting answered 304 (nothing changed since the last read)
 * @param pollLateP99Ms     how late those reads were against their due time, p99 (whether the pollers kept up)
 * @param lagAtEnd          records on the topics reporting had not applied when the step ended (GET
 *                          /api/admin/proyeksi), null when unknown
 * @param pendingAtEnd      accepted submissions reporting did not yet hold when the step ended
 * @param catchUpSeconds    from the end of the step until reporting held every accepted submission, null when it did
 *                          not within the bound
 * @param consumerKecamatanTahunPerSecond distinct kecamatan-years the reporting consumer recalculated per second while
 *                          it had a backlog during the step and its catch-up, null when it never had one or the figure
 *                          is not observable
 * @param consumerEventsPerSecond events the consumer applied per second over the same intervals
 */
record SweepStep(double rate, double seconds, long planned, long accepted, long notSent, long noCell, long refused,
    long failed, int senders, Double latencyP50Ms, Double latencyP99Ms, Double latencyMaxMs, Double dispatchLateP99Ms,
    Percentiles.Summary freshness, long skipped, long polls, long pollsNotModified, Double pollLateP99Ms, Long lagAtEnd, long pendingAtEnd, Double catchUpSeconds,
    Double consumerKecamatanTahunPerSecond, Double consumerEventsPerSecond) {

  double offeredPerSecond() {
    return planned / seconds;
  }

  double acceptedPerSecond() {
    return accepted / seconds;
  }

  long notAccepted() {
    return planned - accepted;
  }

  boolean passed() {
    return SweepRule.passed(planned, accepted, freshness.p99());
  }
}
