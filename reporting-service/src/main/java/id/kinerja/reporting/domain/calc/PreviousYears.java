package id.kinerja.reporting.domain.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.kinerja.reporting.domain.ReportingMessages;

/**
 * Previous-years comparison (docs/domain.md §2.4): realisasi n−2, n−1, n with signed differences, year labels from the data
 * (so a shifted column (docs/domain.md §4.9) cannot hide behind a hard-coded label). Absent years stay absent.
 */
public final class PreviousYears {

  private PreviousYears() {
  }

  /** The years sorted ascending, each compared with the previous one in the list. Duplicate years are refused. */
  public static List<YearComparison> compare(List<YearValue> values) {
    List<YearValue> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparingInt(YearValue::tahun));
    List<YearComparison> out = new ArrayList<>(sorted.size());
    YearValue prev = null;
    for (YearValue v : sorted) {
      if (prev != null && prev.tahun() == v.tahun()) {
        throw new PlanNotComputable(ReportingMessages.PLAN_YEAR_TWICE, "tahun", v.tahun());
      }
      Integer pembanding = prev == null ? null : prev.tahun();
      out.add(new YearComparison(v.tahun(), v.realisasi(), pembanding,
          prev == null || prev.realisasi() == null || v.realisasi() == null ? null : v.realisasi().subtract(prev.realisasi())));
      prev = v;
    }
    return List.copyOf(out);
  }
}
