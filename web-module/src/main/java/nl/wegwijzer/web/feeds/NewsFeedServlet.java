package nl.wegwijzer.web.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.service.InformationService;
import nl.wegwijzer.content.service.InformationViews.NewsView;
import nl.wegwijzer.directory.support.PageRequest;

/** {@code /nieuws.atom}: the published news as an Atom feed (RFC 4287). */
@WebServlet(urlPatterns = "/nieuws.atom")
public class NewsFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int ENTRIES = 20;

  @Inject transient InformationService information;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<NewsView> news = information.news(PageRequest.first(ENTRIES)).items();
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "nl.wegwijzer.web.i18n.messages", java.util.Locale.forLanguageTag("nl"));
    String base = Feeds.baseUrl(request);
    String updated =
        news.stream()
            .map(NewsView::publishedOn)
            .max(LocalDate::compareTo)
            .map(NewsFeedServlet::time)
            .orElse(time(LocalDate.of(2026, 1, 1)));
    response.setContentType("application/atom+xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=900");
    PrintWriter out = response.getWriter();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">");
    out.println(
        "  <title>"
            + Feeds.escape(
                texts.getString("site.name") + " – " + texts.getString("library.news.title"))
            + "</title>");
    String list = base + PublicPaths.NEWS.list();
    out.println("  <id>" + Feeds.escape(list) + "</id>");
    out.println("  <link rel=\"self\" href=\"" + Feeds.escape(base + "/nieuws.atom") + "\"/>");
    out.println(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"" + Feeds.escape(list) + "\"/>");
    out.println("  <updated>" + updated + "</updated>");
    out.println(
        "  <author><name>" + Feeds.escape(texts.getString("site.name")) + "</name></author>");
    for (NewsView item : news) {
      String link = base + PublicPaths.NEWS.itemPath(item.slug());
      out.println("  <entry>");
      out.println("    <title>" + Feeds.escape(item.title()) + "</title>");
      out.println("    <id>" + Feeds.escape(link) + "</id>");
      out.println(
          "    <link rel=\"alternate\" type=\"text/html\" href=\"" + Feeds.escape(link) + "\"/>");
      out.println("    <updated>" + time(item.publishedOn()) + "</updated>");
      out.println("    <summary>" + Feeds.escape(item.summary()) + "</summary>");
      out.println("  </entry>");
    }
    out.println("</feed>");
  }

  private static String time(LocalDate day) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        day.atStartOfDay().atOffset(ZoneOffset.UTC));
  }
}
