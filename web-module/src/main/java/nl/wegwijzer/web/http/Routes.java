package nl.wegwijzer.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable Dutch URLs of the public pages and the Faces view behind each. A path parameter
 * ({slug}) reaches the view as a request parameter of the same name.
 */
public final class Routes {

  /** A route: a URL pattern, the view it shows, and the name of its path parameter, if any. */
  record Route(Pattern pattern, String view, String parameter) {}

  private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";

  private static final List<Route> ROUTES =
      List.of(
          new Route(Pattern.compile("^/$"), "/views/home.xhtml", null),
          new Route(Pattern.compile("^/organisaties/?$"), "/views/organisations.xhtml", null),
          new Route(
              Pattern.compile("^/organisaties/" + SLUG + "/?$"),
              "/views/organisation.xhtml",
              "slug"),
          new Route(Pattern.compile("^/zorgcoordinator/?$"), "/views/coordinator.xhtml", null),
          new Route(Pattern.compile("^/niet-gevonden$"), "/views/error/not-found.xhtml", null),
          new Route(Pattern.compile("^/fout$"), "/views/error/error.xhtml", null));

  private Routes() {}

  /** The view and path parameter for a request path, when it is one of the public pages. */
  static Optional<Match> match(String path) {
    for (Route route : ROUTES) {
      Matcher matcher = route.pattern().matcher(path);
      if (matcher.matches()) {
        return Optional.of(
            new Match(
                route.view(),
                route.parameter(),
                route.parameter() == null ? null : matcher.group(1)));
      }
    }
    return Optional.empty();
  }

  /** A matched route. */
  record Match(String view, String parameter, String value) {}

  static String pathOf(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String path = uri.substring(request.getContextPath().length());
    return path.isEmpty() ? "/" : path;
  }

  private static final List<String> NOT_FACES =
      List.of("/api/", "/openapi", "/health", "/metrics", "/jakarta.faces.resource/");

  /**
   * Whether the response will be (or, for an unknown path, end in) a Faces page, which sets its own
   * CSP: everything but the API, the server's endpoints, resources and static HTML.
   */
  static boolean rendersFacesPage(HttpServletRequest request) {
    String path = pathOf(request);
    return NOT_FACES.stream().noneMatch(path::startsWith) && !path.endsWith(".html");
  }
}
