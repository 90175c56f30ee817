package id.kinerja.realization.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI description of the multipart evidence upload (the resource reads the parts with @RestForm). */
@Schema(name = "BuktiUpload", description = "Either a file (PDF, JPEG, PNG, XLSX or DOCX judged by content, at most 10 MiB) or an https url")
public class BuktiUploadForm {

  @Schema(type = SchemaType.STRING, format = "binary", description = "The evidence file")
  public byte[] file;

  @Schema(description = "An https link instead of a file", examples = "https://drive.example.id/bukti/skm-2024.pdf")
  public String url;

  @Schema(description = "What the evidence shows", examples = "Laporan hasil SKM 2024")
  public String keterangan;
}
