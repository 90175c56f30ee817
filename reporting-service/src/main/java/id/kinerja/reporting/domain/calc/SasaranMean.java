package id.kinerja.reporting.domain.calc;

/** The capaian of one sasaran: the (weighted) mean of its indicators' capaian, with coverage. */
public record SasaranMean(String sasaranKode, Mean mean) {
}
