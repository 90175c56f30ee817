package id.kinerja.reporting.service;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CDI event fired synchronously inside the consumer transaction when a kecamatan-year's figures changed in a way a
 * reader can see: the announcement of the live stream (SSE) and of the "figures.recalculated" webhook. Never fired
 * when a recalculation (or a rebuild) reproduces the figures already announced. Observers run in the transaction:
 * they write rows only, and never call out of the process.
 *
 * @param id increasing announcement id (the SSE event id, which a client resumes from with Last-Event-ID)
 * @param isi the announcement as served: which figures changed and their new values
 */
public record AngkaBerubah(long id, String kabupatenKode, String kecamatanKode, int tahun, Instant pada, JsonNode isi) {
}
