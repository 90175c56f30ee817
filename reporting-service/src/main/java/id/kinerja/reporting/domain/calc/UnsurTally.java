package id.kinerja.reporting.domain.calc;

/**
 * Tally of one SKM unsur: Σ of the ratings (1–4) and the number of respondents who answered it.
 *
 * @param jumlahNilai Σ ratings
 * @param responden respondents answering this unsur
 */
public record UnsurTally(long jumlahNilai, long responden) {
  public UnsurTally {
    if (responden < 0 || jumlahNilai < responden || jumlahNilai > 4 * responden) {
      throw new IllegalArgumentException("an unsur tally needs responden ≤ Σ ratings ≤ 4 × responden");
    }
  }

  public UnsurTally plus(UnsurTally o) {
    return new UnsurTally(jumlahNilai + o.jumlahNilai, responden + o.responden);
  }
}
