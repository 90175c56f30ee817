package id.kinerja.realization.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI description of the multipart workbook upload (the resource reads the part with @RestForm). */
@Schema(name = "WorkbookUpload", description = "The filled-in realisasi workbook (.xlsx), as downloaded from …/workbook")
public class WorkbookUploadForm {

  @Schema(type = SchemaType.STRING, format = "binary", description = "The workbook (.xlsx, at most 2 MiB)")
  public byte[] berkas;
}
