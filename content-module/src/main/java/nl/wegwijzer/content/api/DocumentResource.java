package nl.wegwijzer.content.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wegwijzer.content.service.DocumentDownload;
import nl.wegwijzer.content.service.DocumentService;
import nl.wegwijzer.content.service.DocumentView;
import nl.wegwijzer.content.service.GeneratedDocuments;
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.support.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("documents")
@ApplicationScoped
public class DocumentResource {

  @Inject DocumentService documents;
  @Inject GeneratedDocuments generated;

  /** The published documents, without their files. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<DocumentView> documents() {
    return documents.published();
  }

  /** Downloads a document's file. */
  @GET
  @Path("{slug}")
  @APIResponse(
      responseCode = "200",
      description = "The PDF file",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response download(@PathParam("slug") String slug) {
    if (!Slugs.isSlug(slug)) {
      throw new NotFoundException("document", slug);
    }
    return file(documents.download(slug));
  }

  /**
   * Downloads the handbook or the indicator list made from the published content, by its file name
   * (wegwijzer-handboek.pdf, wegwijzer-handbook.pdf, wegwijzer-indicatorenlijst.pdf,
   * wegwijzer-indicator-list.pdf).
   */
  @GET
  @Path("generated/{file}")
  @APIResponse(
      responseCode = "200",
      description = "The PDF file",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response generated(@PathParam("file") String file) {
    return file(generated.download(file));
  }

  private static Response file(DocumentDownload download) {
    // File names are safe ASCII (reduced when stored, or our own), so need no further quoting.
    return Response.ok(download.content(), download.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
        .header("Content-Length", download.content().length)
        .build();
  }
}
