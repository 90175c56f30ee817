package id.kinerja.planning.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI description of the multipart plan workbook upload (the resource reads the part with @RestForm). */
@Schema(name = "RencanaWorkbookUpload", description = "The filled-in plan workbook (.xlsx), as downloaded from …/rencana-workbook")
public class RencanaWorkbookForm {

  @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The workbook (.xlsx, at most 2 MiB)")
  public byte[] berkas;
}
