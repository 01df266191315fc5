package nl.wegwijzer.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import nl.wegwijzer.content.service.ReadingLanguage;
import nl.wegwijzer.web.shared.Language;

/**
 * Decides the language of the response: {@code ?lang=en} in the address (which a shared link
 * keeps), else the visitor's earlier choice in a cookie, else Dutch. Only the query string is read,
 * so an upload's body is never parsed here.
 */
@WebFilter(filterName = "language")
public class LanguageFilter extends HttpFilter {

  static final String COOKIE = "wegwijzer-lang";

  @Inject ReadingLanguage reading;
  private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Language> asked = Language.fromCode(queryParameter(request, "lang"));
    Optional<Language> remembered = Language.fromCode(cookie(request));
    Language language = asked.or(() -> remembered).orElse(Language.DUTCH);
    if (asked.isPresent() && !asked.equals(remembered)) {
      Cookie choice = new Cookie(COOKIE, language.code());
      choice.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
      choice.setMaxAge(ONE_YEAR);
      choice.setHttpOnly(true);
      choice.setSecure(request.isSecure());
      choice.setAttribute("SameSite", "Lax");
      response.addCookie(choice);
    }
    request.setAttribute(Language.REQUEST_ATTRIBUTE, language);
    // ReadingLanguage is request-scoped and Dutch by default: touching it for a Dutch request
    // would create it, with the container's injection, on every API call and cached page too.
    if (language == Language.ENGLISH) {
      reading.readInEnglish(true);
    }
    chain.doFilter(request, response);
  }

  static String queryParameter(HttpServletRequest request, String name) {
    String query = request.getQueryString();
    if (query == null) {
      return null;
    }
    return Arrays.stream(query.split("&"))
        .filter(pair -> pair.startsWith(name + "="))
        .map(pair -> pair.substring(name.length() + 1))
        .findFirst()
        .orElse(null);
  }

  private static String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .findFirst()
        .orElse(null);
  }
}
