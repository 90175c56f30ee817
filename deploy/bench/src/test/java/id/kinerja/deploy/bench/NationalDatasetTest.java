package id.kinerja.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The generated dataset has the documented shape and is deterministic (no timing is asserted anywhere here). */
class NationalDatasetTest {

  @Test
  void nationalLayoutPlacesEveryKecamatanInKabupatenOfTenToForty() {
    List<NationalDataset.Kabupaten> layout = new NationalDataset(2024, 7).layout(7300);
    assertThat(layout.stream().mapToInt(k -> k.kecamatan().size()).sum()).isEqualTo(7300);
    assertThat(layout.subList(0, layout.size() - 1)).allSatisfy(k -> assertThat(k.kecamatan().size()).isBetween(10, 40));
    assertThat(layout.stream().flatMap(k -> k.kecamatan().stream()).map(NationalDataset.Kecamatan::kode).distinct().count())
        .isEqualTo(7300);
    assertThat(new NationalDataset(2024, 7).layout(7300)).isEqualTo(layout);
  }

  @Test
  @SuppressWarnings("unchecked")
  void documentHasThirtyIndicatorsAndFiftySubKegiatanAndValuesAreDeterministic() {
    NationalDataset d = new NationalDataset(2024, 7);
    Map<String, Object> doc = d.document(new NationalDataset.Kecamatan("11.01", "11.01.05"));
    List<Map<String, Object>> sasaran = (List<Map<String, Object>>) ((Map<String, Object>) doc.get("renstra")).get("sasaran");
    assertThat(sasaran.stream().mapToInt(s -> ((List<?>) s.get("indikator")).size()).sum()).isEqualTo(30);
    Map<String, Object> pk = ((List<Map<String, Object>>) doc.get("perjanjianKinerja")).get(0);
    assertThat(((List<Map<String, Object>>) pk.get("anggaran")).stream().filter(a -> "SUB_KEGIATAN".equals(a.get("level"))))
        .hasSize(50);
    assertThat(NationalDataset.INDIKATOR).hasSize(30).doesNotHaveDuplicates();
    assertThat(NationalDataset.SUB_KEGIATAN_KODE).hasSize(50).doesNotHaveDuplicates();
    assertThat(d.nilai("11.01.05", 2, "IK-3-2")).containsOnlyKeys("pembilang", "penyebut");
    assertThat(d.nilai("11.01.05", 2, "IK-3-5")).isEqualTo(new NationalDataset(2024, 7).nilai("11.01.05", 2, "IK-3-5"));
    assertThat(NationalDataset.nip("11.01.05")).hasSize(18);
  }
}
