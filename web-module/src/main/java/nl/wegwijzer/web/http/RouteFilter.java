package nl.wegwijzer.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the readable URLs ({@code /organisaties/stichting-x}) by forwarding to their Faces view;
 * the path parameter becomes a request parameter. Form posts go back to the readable URL (see
 * {@link ReadableUrlViewHandler}), so the visitor never sees a view file name.
 */
@WebFilter(filterName = "routes")
public class RouteFilter extends HttpFilter {

  private static final String FACES_SERVLET = "Faces Servlet";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Routes.Match> match = Routes.match(Routes.pathOf(request));
    if (match.isEmpty()) {
      HttpServletMapping mapping = request.getHttpServletMapping();
      if (mapping.getMappingMatch() == MappingMatch.PATH
          && FACES_SERVLET.equals(mapping.getServletName())) {
        // A readable-URL prefix mapped to the Faces servlet (see web.xml) under which no route
        // matches: not a view, and Faces would fail on it.
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest forwarded =
        match.get().parameters().isEmpty()
            ? request
            : new WithParameters(request, match.get().parameters());
    request.getRequestDispatcher(match.get().view()).forward(forwarded, response);
  }

  /** The request with the path parameters added to its parameters. */
  private static final class WithParameters extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;

    WithParameters(HttpServletRequest request, Map<String, String> pathParameters) {
      super(request);
      Map<String, String[]> all = new HashMap<>(request.getParameterMap());
      pathParameters.forEach((name, value) -> all.put(name, new String[] {value}));
      this.parameters = Collections.unmodifiableMap(all);
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
