package id.kinerja.planning.domain.dokumen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A kecamatan with its desa/kelurahan, work units and officials, and what BAB I of its LKjIP states about it: its tugas
 * pokok, its fungsi in order and the regulations they rest on (dasar hukum).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Kecamatan", description = "A kecamatan with its desa/kelurahan, work units and officials, its tugas pokok, "
    + "fungsi and dasar hukum")
public record KecamatanDok(
    @Schema(required = true, description = "Permendagri kode wilayah", examples = "35.02.08") String kode,
    @Schema(description = "BPS code", examples = "3502080") String kodeBps,
    @Schema(required = true, examples = "Mlarak") String nama,
    @Schema(examples = "Jalan Raya Mlarak-Sambit No.10, Mlarak, Ponorogo, Jawa Timur 63472") String alamat,
    @Schema(required = true) List<DesaDok> desa,
    List<UnitKerjaDok> unitKerja,
    @Schema(required = true) List<PejabatDok> pejabat,
    @Schema(description = "Tugas pokok of the kecamatan as its Perbup states it (at most 4000 characters)",
        examples = "Melaksanakan sebagian urusan pemerintahan yang dilimpahkan oleh Bupati untuk menangani sebagian urusan otonomi daerah")
    String tugasPokok,
    @Schema(description = "Fungsi of the kecamatan, in the order of its Perbup (at most 40, each at most 1000 characters)",
        examples = "[\"Pelaksanaan tugas-tugas pembinaan wilayah\", \"Pelaporan penyelenggaraan pemerintahan kecamatan kepada Bupati\"]")
    List<String> fungsi,
    @Schema(description = "Regulations the kecamatan's organisation and reporting rest on, in order (at most 40, each at most 1000 characters)",
        examples = "[\"Peraturan Bupati Ponorogo Nomor 84 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Uraian Tugas, Fungsi dan Tata Kerja Kecamatan Kabupaten Ponorogo\"]")
    List<String> dasarHukum) {
}
