package nl.wegwijzer.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.Coded;

/**
 * Bookmarked pages keep working after a form of exploitation was split: a page URL whose form
 * parameter ({@code vorm}, or {@code form} on the directory) holds a former code (the single
 * "sexual" of before directory V20) answers 301 with the same URL and the code that took it over,
 * so the page shows and links the current choice. The mapping is the enum's ({@link
 * Coded#formerCodes}); the API reads a former code through the same mapping without a redirect.
 */
@WebFilter(filterName = "formerCodes")
public class FormerCodesFilter extends HttpFilter {

  private static final Set<String> FORM_PARAMETERS = Set.of("vorm", "form");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("GET".equals(request.getMethod()) && !Routes.pathOf(request).startsWith("/api/")) {
      Optional<String> current = currentQuery(request.getQueryString());
      if (current.isPresent()) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getRequestURI() + "?" + current.get());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * The query with every former form code replaced by its current one, the other parameters as they
   * were; empty when it holds none.
   */
  static Optional<String> currentQuery(String query) {
    if (query == null || query.isEmpty()) {
      return Optional.empty();
    }
    List<String> pairs = new ArrayList<>();
    boolean changed = false;
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value =
          equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      if (FORM_PARAMETERS.contains(name) && Coded.isFormer(ExploitationForm.class, value)) {
        String code = Coded.find(ExploitationForm.class, value).orElseThrow().code();
        pairs.add(name + "=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        changed = true;
      } else {
        pairs.add(pair);
      }
    }
    return changed ? Optional.of(String.join("&", pairs)) : Optional.empty();
  }
}
