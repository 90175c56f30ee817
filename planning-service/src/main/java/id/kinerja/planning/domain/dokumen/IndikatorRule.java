package id.kinerja.planning.domain.dokumen;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.planning.domain.Aggregation;
import id.kinerja.planning.domain.IndikatorLevel;
import id.kinerja.planning.domain.NegativeFormula;
import id.kinerja.planning.domain.Polarity;
import id.kinerja.planning.domain.TargetType;
import id.kinerja.planning.domain.TwTargetMode;
import id.kinerja.planning.domain.ZeroTargetRule;

/** The attributes that carry an indicator's calculation rules (docs/domain.md §2.1), shared by Renstra and PK indicators. */
public interface IndikatorRule {

  String kode();

  String nama();

  String satuan();

  IndikatorLevel level();

  String anggaranKode();

  Boolean iku();

  IkuDetailDok ikuDetail();

  Polarity polarity();

  NegativeFormula negativeFormula();

  TargetType targetType();

  Aggregation aggregation();

  TwTargetMode twTargetMode();

  ZeroTargetRule zeroTargetRule();

  Integer precision();

  BigDecimal capaianScoreCap();

  KomponenDok komponen();

  Boolean evidenceRequired();

  List<Integer> dueTriwulan();

  /** The rule attributes alone. */
  default IndikatorRuleDok aturan() {
    return new IndikatorRuleDok(kode(), nama(), satuan(), level(), anggaranKode(), iku(), ikuDetail(), polarity(),
        negativeFormula(), targetType(), aggregation(), twTargetMode(), zeroTargetRule(), precision(), capaianScoreCap(),
        komponen(), evidenceRequired(), dueTriwulan());
  }
}
