package id.kinerja.realization.domain;

import java.time.Instant;

/**
 * One line of the append-only audit trail: who (oleh, peran), when, which cell and version, what changed
 * (perubahan: JSON object field → {lama, baru}) and why.
 */
public record AuditEntry(long id, String kecamatanKode, int tahun, int triwulan, Jenis entitas, String kode, int versi,
    int revisi, String aksi, String oleh, String peran, Instant waktu, String perubahan, String alasan) {
}
