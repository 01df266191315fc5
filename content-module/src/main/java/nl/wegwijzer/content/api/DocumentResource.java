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
import nl.wegwijzer.directory.model.Slugs;
import nl.wegwijzer.directory.support.NotFoundException;

@Path("documents")
@ApplicationScoped
public class DocumentResource {

  @Inject DocumentService documents;

  /** The published documents, without their files. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<DocumentView> documents() {
    return documents.published();
  }

  /** Downloads a document's file. */
  @GET
  @Path("{slug}")
  public Response download(@PathParam("slug") String slug) {
    if (!Slugs.isSlug(slug)) {
      throw new NotFoundException("document", slug);
    }
    DocumentDownload download = documents.download(slug);
    // The file name is reduced to safe ASCII when stored, so it needs no further quoting here.
    return Response.ok(download.content(), download.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
        .header("Content-Length", download.content().length)
        .build();
  }
}
