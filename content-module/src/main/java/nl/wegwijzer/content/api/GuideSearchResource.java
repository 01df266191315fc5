package nl.wegwijzer.content.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wegwijzer.content.service.GuideSearch;
import nl.wegwijzer.content.service.SearchHit;
import nl.wegwijzer.directory.api.PageView;
import nl.wegwijzer.directory.api.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("search")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuideSearchResource {

  @Inject GuideSearch search;

  /**
   * Searches the published guide (steps, regulations, pages, indicators, documents, stories, news,
   * FAQ) in Dutch; {@code snippet} is HTML with the matches in {@code <mark>}. {@code page} from 1,
   * {@code size} 1–100. Organisations are searched at {@code /api/organisations?q=}.
   */
  @GET
  @Extension(name = "x-page", value = "PageView<SearchHit>")
  @APIResponse(
      responseCode = "200",
      description = "A page of hits",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SearchHit.class)))
  public PageView<SearchHit> search(
      @QueryParam("q") String text,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageView.of(search.search(text, QueryParameters.page(page, size)));
  }
}
