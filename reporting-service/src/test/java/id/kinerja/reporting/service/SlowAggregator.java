package id.kinerja.reporting.service;

import id.kinerja.reporting.domain.calc.KabupatenTotals;

/**
 * The kabupaten aggregator with a pause between reading the stored totals (or the kecamatan summaries) and writing
 * the aggregate, on the consumer's workers only: it widens the window in which another worker commits a kecamatan of
 * the same kabupaten, so a test makes a lost update of the aggregate happen whenever nothing prevents it.
 */
public class SlowAggregator extends KabupatenAggregator {

  private final long pauseMillis;

  public SlowAggregator(FigureStore figures, ProjectionStore inputs, long pauseMillis) {
    this.figures = figures;
    this.inputs = inputs;
    this.pauseMillis = pauseMillis;
  }

  @Override
  protected FigureStore.KabupatenRow row(String kabupatenKode, int tahun, int periode, String tampilan,
      int kecamatanJumlah, KabupatenTotals sums) {
    if (Thread.currentThread().getName().startsWith("consumer-")) {
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return super.row(kabupatenKode, tahun, periode, tampilan, kecamatanJumlah, sums);
  }
}
