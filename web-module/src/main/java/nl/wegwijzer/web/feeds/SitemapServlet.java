package nl.wegwijzer.web.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.InformationService;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/** {@code /sitemap.xml}: every public page, published content only. */
@WebServlet(urlPatterns = "/sitemap.xml")
public class SitemapServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final List<String> FIXED =
      List.of(
          "/",
          PublicPaths.ORGANISATION.list(),
          "/zorgcoordinator",
          "/route-op-maat",
          "/stroomschema",
          PublicPaths.SEARCH,
          PublicPaths.INFORMATION_PAGE.list(),
          PublicPaths.INDICATOR_THEME.list(),
          PublicPaths.STORY.list(),
          PublicPaths.NEWS.list(),
          PublicPaths.FAQ.list(),
          PublicPaths.DOCUMENT.list());
  private static final List<String> AUDIENCES =
      List.of("victims", "citizens", "professionals", "about");

  @Inject transient GuideService guide;
  @Inject transient InformationService information;
  @Inject transient OrganisationDirectory directory;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<String> paths = new ArrayList<>(FIXED);
    guide
        .phases()
        .forEach(
            phase -> {
              paths.add(PublicPaths.phase(phase.slug()));
              phase.steps().forEach(step -> paths.add(PublicPaths.step(phase.slug(), step.slug())));
            });
    guide.regulations().forEach(r -> paths.add(PublicPaths.REGULATION.itemPath(r.slug())));
    AUDIENCES.forEach(
        a ->
            information
                .pagesFor(a)
                .forEach(p -> paths.add(PublicPaths.INFORMATION_PAGE.itemPath(p.slug()))));
    information
        .exploitationForms()
        .forEach(f -> paths.add(PublicPaths.FORM_PAGE.itemPath(f.slug())));
    information.stories().forEach(s -> paths.add(PublicPaths.STORY.itemPath(s.slug())));
    information
        .news(PageRequest.first(PageRequest.MAX_SIZE))
        .items()
        .forEach(n -> paths.add(PublicPaths.NEWS.itemPath(n.slug())));
    for (int number = 1; ; number++) {
      Page<OrganisationSummary> page =
          directory.search(DirectoryQuery.all(), new PageRequest(number, PageRequest.MAX_SIZE));
      page.items().forEach(o -> paths.add(PublicPaths.ORGANISATION.itemPath(o.slug())));
      if (number >= page.totalPages()) {
        break;
      }
    }
    String base = Feeds.baseUrl(request);
    response.setContentType("application/xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=3600");
    PrintWriter out = response.getWriter();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String path : paths) {
      out.println("  <url><loc>" + Feeds.escape(base + path) + "</loc></url>");
    }
    out.println("</urlset>");
  }
}
