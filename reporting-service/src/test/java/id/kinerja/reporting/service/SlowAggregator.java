package id.kinerja.reporting.service;

import java.util.List;

import id.kinerja.reporting.domain.figures.KecamatanFigure;

/**
 * The kabupaten aggregator with a pause between reading the kecamatan summaries and writing the aggregate, on the
 * consumer's workers only: it widens the window in which another worker commits a kecamatan of the same kabupaten, so
 * a test makes a lost update of the aggregate happen whenever nothing prevents it.
 */
public class SlowAggregator extends KabupatenAggregator {

  private final long pauseMillis;

  public SlowAggregator(FigureStore figures, ProjectionStore inputs, long pauseMillis) {
    this.figures = figures;
    this.inputs = inputs;
    this.pauseMillis = pauseMillis;
  }

  @Override
  public Aggregate aggregate(String kabupatenKode, int tahun, int periode, String tampilan, int kecamatanJumlah,
      List<KecamatanFigure> summaries) {
    if (Thread.currentThread().getName().startsWith("consumer-")) {
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return super.aggregate(kabupatenKode, tahun, periode, tampilan, kecamatanJumlah, summaries);
  }
}
