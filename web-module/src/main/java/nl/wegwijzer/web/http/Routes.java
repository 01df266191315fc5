package nl.wegwijzer.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.web.coordinatie.CaseSection;

/**
 * The readable Dutch URLs of the public pages and the Faces view behind each. Path parameters
 * ({phase}, {slug}) reach the view as request parameters of the same names. The addresses of the
 * guide's content come from {@link PublicPaths}, which the sitemap, search and the link check read
 * too.
 */
public final class Routes {

  /** A route: a URL pattern, the view it shows, and the names of its path parameters. */
  record Route(Pattern pattern, String view, List<String> parameters) {}

  private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";

  /** A Keycloak user name (lower case; an e-mail address may be one). */
  private static final String USER_NAME = "([a-z0-9][a-z0-9._@-]{0,254})";

  /** The kinds of guide content editors write, as /redactie names them; organisations apart. */
  private static final String EDITORIAL_KIND =
      anyOf(
          Arrays.stream(PublicPaths.values())
              .filter(p -> p != PublicPaths.ORGANISATION)
              .map(PublicPaths::editorPath));

  /** A signal's reference (WW-XXXX-XXXX) and a case number (ZK-2026-00001), any letter case. */
  private static final String REFERENCE = "((?i)WW-[0-9A-Z]{4}-[0-9A-Z]{4})";

  private static final String CASE_NUMBER = "((?i)ZK-\\d{4}-\\d{5,9})";

  private static final String PHASE = anyOf(PublicPaths.PHASES.stream());

  private static final String CASE_SECTION = anyOf(Arrays.stream(CaseSection.subPaths()));

  /** The sections whose items the article view shows: /rechten/…, /nieuws/…. */
  private static final String ARTICLE =
      anyOf(PublicPaths.articles().stream().map(PublicPaths::section));

  private static final List<Route> ROUTES =
      List.of(
          route("^/$", "/views/home.xhtml"),
          route("^" + PublicPaths.ORGANISATION.list() + "/?$", "/views/organisations.xhtml"),
          route(
              "^" + PublicPaths.ORGANISATION.list() + "/" + SLUG + "/?$",
              "/views/organisation.xhtml",
              "slug"),
          route("^/zorgcoordinator/?$", "/views/coordinator.xhtml"),
          route("^/route-op-maat/?$", "/views/guide/route.xhtml"),
          route("^/stroomschema/?$", "/views/guide/flowchart.xhtml"),
          route("^" + PublicPaths.SEARCH + "/?$", "/views/search.xhtml"),
          route("^/" + PHASE + "/?$", "/views/guide/phase.xhtml", "phase"),
          route("^/" + PHASE + "/" + SLUG + "/?$", "/views/guide/step.xhtml", "phase", "step"),
          route("^/" + ARTICLE + "/" + SLUG + "/?$", "/views/article.xhtml", "kind", "slug"),
          list(PublicPaths.INFORMATION_PAGE, "/views/library/information.xhtml"),
          list(PublicPaths.REGULATION, "/views/library/regulations.xhtml"),
          list(PublicPaths.FORM_PAGE, "/views/library/forms.xhtml"),
          list(PublicPaths.INDICATOR_THEME, "/views/library/indicators.xhtml"),
          list(PublicPaths.STORY, "/views/library/stories.xhtml"),
          list(PublicPaths.NEWS, "/views/library/news.xhtml"),
          list(PublicPaths.FAQ, "/views/library/faq.xhtml"),
          list(PublicPaths.DOCUMENT, "/views/library/documents.xhtml"),
          route("^/toegankelijkheid/?$", "/views/accessibility.xhtml"),
          route("^/veilig-zoeken/?$", "/views/safe-browsing.xhtml"),
          route("^/ontwikkelaars/?$", "/views/developers.xhtml"),
          route("^/redactie/?$", "/views/redactie/index.xhtml"),
          route("^/redactie/profielen/?$", "/views/redactie/profiles.xhtml"),
          route("^/redactie/links/?$", "/views/redactie/links.xhtml"),
          route(
              "^/redactie/voorbeeld/([0-9]{1,18})/?$", "/views/redactie/preview.xhtml", "revision"),
          route("^/redactie/" + EDITORIAL_KIND + "/?$", "/views/redactie/items.xhtml", "kind"),
          route("^/redactie/" + EDITORIAL_KIND + "/nieuw/?$", "/views/redactie/edit.xhtml", "kind"),
          route(
              "^/redactie/" + EDITORIAL_KIND + "/" + SLUG + "/?$",
              "/views/redactie/edit.xhtml",
              "kind",
              "slug"),
          route(
              "^/redactie/" + EDITORIAL_KIND + "/" + SLUG + "/geschiedenis/?$",
              "/views/redactie/history.xhtml",
              "kind",
              "slug"),
          route("^/redactie/(organisaties)/?$", "/views/redactie/items.xhtml", "kind"),
          route("^/redactie/organisaties/nieuw/?$", "/views/redactie/organisation-edit.xhtml"),
          route(
              "^/redactie/organisaties/" + SLUG + "/?$",
              "/views/redactie/organisation-edit.xhtml",
              "slug"),
          route(
              "^/redactie/(organisaties)/" + SLUG + "/geschiedenis/?$",
              "/views/redactie/history.xhtml",
              "kind",
              "slug"),
          route("^/redactie/postcodes/?$", "/views/redactie/postcodes.xhtml"),
          route("^/redactie/coordinatoren/?$", "/views/redactie/coordinators.xhtml"),
          route("^/coordinatie/?$", "/views/coordinatie/index.xhtml"),
          route("^/coordinatie/knelpunten/?$", "/views/coordinatie/bottlenecks.xhtml"),
          route("^/coordinatie/netwerk/?$", "/views/coordinatie/network.xhtml"),
          route("^/coordinatie/kennisoverdracht/?$", "/views/coordinatie/knowledge.xhtml"),
          route("^/coordinatie/meldingen/?$", "/views/coordinatie/notices.xhtml"),
          route("^/coordinatie/signalen/?$", "/views/coordinatie/signals.xhtml"),
          route("^/coordinatie/signalen/nieuw/?$", "/views/coordinatie/signal-form.xhtml"),
          route(
              "^/coordinatie/signalen/" + REFERENCE + "/bewerken/?$",
              "/views/coordinatie/signal-form.xhtml",
              "reference"),
          route(
              "^/coordinatie/signalen/" + REFERENCE + "/?$",
              "/views/coordinatie/signal.xhtml",
              "reference"),
          route("^/coordinatie/zaken/?$", "/views/coordinatie/cases.xhtml"),
          route(
              "^/coordinatie/zaken/" + CASE_NUMBER + "/?$",
              "/views/coordinatie/case.xhtml",
              "number"),
          route(
              "^/coordinatie/zaken/" + CASE_NUMBER + "/" + CASE_SECTION + "/?$",
              "/views/coordinatie/case.xhtml",
              "number",
              "section"),
          route("^/coordinatie/rapportages/?$", "/views/coordinatie/reports.xhtml"),
          route("^/coordinatie/voorstellen/?$", "/views/coordinatie/proposals.xhtml"),
          route("^/coordinatie/voorstellen/nieuw/?$", "/views/coordinatie/proposal.xhtml"),
          route(
              "^/coordinatie/voorstellen/organisaties/" + SLUG + "/?$",
              "/views/coordinatie/proposal.xhtml",
              "slug"),
          route("^/signaal-melden/?$", "/views/melden/report-signal.xhtml"),
          route("^/signaal-melden/ontvangen/?$", "/views/melden/signal-received.xhtml"),
          route("^/redactie/knelpunten/?$", "/views/redactie/bottlenecks.xhtml"),
          route("^/beheer/?$", "/views/beheer/index.xhtml"),
          route("^/beheer/gebruikers/?$", "/views/beheer/users.xhtml"),
          route("^/beheer/gebruikers/nieuw/?$", "/views/beheer/new-user.xhtml"),
          route("^/beheer/gebruikers/" + USER_NAME + "/?$", "/views/beheer/user.xhtml", "user"),
          route("^/beheer/logboek/?$", "/views/beheer/audit.xhtml"),
          route("^/beheer/voorstellen/?$", "/views/beheer/proposals.xhtml"),
          route("^/inloggen-niet-beschikbaar$", "/views/error/login-unavailable.xhtml"),
          route("^/niet-gevonden$", "/views/error/not-found.xhtml"));

  private Routes() {}

  private static Route route(String pattern, String view, String... parameters) {
    return new Route(Pattern.compile(pattern), view, List.of(parameters));
  }

  /** The public list of a kind of content. */
  private static Route list(PublicPaths paths, String view) {
    return route("^" + paths.list() + "/?$", view);
  }

  /** A group that matches any of the names. */
  private static String anyOf(Stream<String> names) {
    return names.collect(Collectors.joining("|", "(", ")"));
  }

  /** The view and path parameters for a request path, when it is one of the public pages. */
  static Optional<Match> match(String path) {
    for (Route route : ROUTES) {
      Matcher matcher = route.pattern().matcher(path);
      if (matcher.matches()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < route.parameters().size(); i++) {
          values.put(route.parameters().get(i), matcher.group(i + 1));
        }
        return Optional.of(new Match(route.view(), values));
      }
    }
    return Optional.empty();
  }

  /** Whether a site path is one of the site's pages (for the check of internal links). */
  public static boolean isPage(String path) {
    return match(path).isPresent();
  }

  private static final List<String> NOT_PUBLIC_VIEWS =
      List.of(
          "/views/redactie/",
          "/views/coordinatie/",
          "/views/beheer/",
          "/views/melden/",
          "/views/error/");

  /**
   * Whether a path is a public page that reads the same for every anonymous visitor (so it may be
   * cached): not the back office, not the signal form (its anti-spam timestamp), not an error page.
   */
  static boolean isPublicPage(String path) {
    return match(path)
        .map(Match::view)
        .filter(view -> NOT_PUBLIC_VIEWS.stream().noneMatch(view::startsWith))
        .isPresent();
  }

  /** A matched route with the values of its path parameters. */
  record Match(String view, Map<String, String> parameters) {}

  static String pathOf(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String path = uri.substring(request.getContextPath().length());
    return path.isEmpty() ? "/" : path;
  }

  private static final List<String> NOT_FACES =
      List.of(
          "/api/",
          "/openapi",
          "/health",
          "/metrics",
          "/jakarta.faces.resource/",
          "/feedback",
          "/inloggen/terug",
          "/uitloggen");

  /**
   * Whether the response will be (or, for an unknown path, end in) a Faces page, which sets its own
   * CSP: everything but the API, the server's endpoints, resources and static files.
   */
  static boolean rendersFacesPage(HttpServletRequest request) {
    String path = pathOf(request);
    return NOT_FACES.stream().noneMatch(path::startsWith)
        && !path.endsWith(".html")
        && !path.endsWith(".xml")
        && !path.endsWith(".atom")
        && !path.endsWith(".csv");
  }
}
