package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The English site is English: every public page reachable from the home page with {@code lang=en},
 * every page in the sitemap (so every organisation profile), and the answers of the route, the
 * searches and the coordinator finder, has no block of Dutch text that is not marked {@code
 * lang="nl"}. {@link DutchBlocks} says what a block is and how names and short strings are left
 * out.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@ResourceLock("EnglishSiteIT")
@ExtendWith(RunningApp.class)
class EnglishSiteIT {

  /** Pages only a form reaches: a crawler that follows links does not fill in forms. */
  private static final List<String> ANSWERS =
      List.of(
          "/route-op-maat?leeftijd=adult&nationaliteit=non-eu&vorm=labour&aangifte=yes"
              + "&gemeente=Utrecht&vannacht=ja",
          "/route-op-maat?leeftijd=minor&nationaliteit=dutch&vorm=sexual-domestic&gemeente=Zwolle",
          "/stroomschema?leeftijd=adult&nationaliteit=non-eu&vorm=labour",
          "/zoeken?q=opvang",
          "/zoeken?q=bedenktijd",
          "/zoeken?q=police%20report",
          "/organisaties?q=opvang",
          "/organisaties?need=shelter&page=2",
          "/zorgcoordinator?gemeente=Middelburg",
          "/signalen-herkennen");

  /** A path is visited with at most this many different queries (filters, pages). */
  private static final int VARIANTS_PER_PATH = 4;

  private static final Set<String> STAFF = Set.of("redactie", "coordinatie", "beheer", "api");
  private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");
  private static final Pattern HTML_EN = Pattern.compile("<html[^>]* lang=\"en\"");

  @Test
  void everyPublicPageIsEnglishOrMarkedAsDutch() {
    Deque<String> queue = new ArrayDeque<>();
    queue.add("/");
    queue.addAll(ANSWERS);
    queue.addAll(sitemapPaths());
    Set<String> seen = new LinkedHashSet<>();
    Map<String, Integer> variants = new HashMap<>();
    List<DutchBlocks.Finding> findings = new ArrayList<>();
    while (!queue.isEmpty()) {
      String path = queue.poll();
      String bare = path.split("\\?", 2)[0];
      if (!seen.add(path) || variants.merge(bare, 1, Integer::sum) > VARIANTS_PER_PATH) {
        continue;
      }
      Api.Answer page = Api.get(path + (path.contains("?") ? "&" : "?") + "lang=en");
      if (page.status() != 200 || !page.header("content-type").startsWith("text/html")) {
        continue;
      }
      assertTrue(HTML_EN.matcher(page.body()).find(), path + " is served in English");
      findings.addAll(DutchBlocks.in(path, page.body()));
      links(page.body()).stream().filter(link -> !seen.contains(link)).forEach(queue::add);
    }
    assertTrue(seen.size() > 100, "the crawl reached the site: " + seen.size() + " pages");
    assertTrue(
        seen.stream().anyMatch(p -> p.startsWith("/organisaties/")), "organisation profiles");
    assertEquals(
        "",
        findings.stream().map(DutchBlocks.Finding::toString).distinct().collect(joinLines()),
        findings.size() + " Dutch blocks without lang=\"nl\" on the English site");
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joinLines() {
    return Collectors.joining("\n");
  }

  /** The site's own public pages linked from a page, without the language parameter. */
  private static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    for (Element a : Jsoup.parse(html).select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("/") && !href.startsWith("//")) {
        String path = URI.create(href.replace(" ", "%20")).getRawPath();
        String query = URI.create(href.replace(" ", "%20")).getRawQuery();
        String first = path.split("/").length > 1 ? path.split("/")[1] : "";
        if (STAFF.contains(first)
            || path.matches(".*\\.[a-z]{2,4}$")
            || path.contains("/javax.faces")
            || path.contains("/jakarta.faces")) {
          continue;
        }
        String kept =
            query == null
                ? ""
                : List.of(query.split("&")).stream()
                    .filter(part -> !part.startsWith("lang="))
                    .collect(Collectors.joining("&"));
        links.add(path + (kept.isEmpty() ? "" : "?" + kept));
      }
    }
    return links;
  }

  private static List<String> sitemapPaths() {
    Api.Answer sitemap = Api.get("/sitemap.xml");
    assertEquals(200, sitemap.status());
    List<String> paths = new ArrayList<>();
    Matcher loc = LOC.matcher(sitemap.body());
    while (loc.find()) {
      paths.add(URI.create(loc.group(1)).getRawPath());
    }
    return paths;
  }
}
