package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language of this response for the pages ({@code lang}, the view's locale) and the links to
 * the same page in the other language ({@code hreflang}, the language switch).
 */
@Named
@RequestScoped
public class LanguageBacking {

  @Inject HttpServletRequest request;

  public Language current() {
    return request.getAttribute(Language.REQUEST_ATTRIBUTE) instanceof Language chosen
        ? chosen
        : Language.DUTCH;
  }

  public String getCode() {
    return current().code();
  }

  public Locale getLocale() {
    return current().locale();
  }

  public boolean isEnglish() {
    return current() == Language.ENGLISH;
  }

  /** The English text for an English reader where there is one, else the Dutch. */
  public String pick(String dutch, String english) {
    return dutchOnly(english) || !isEnglish() ? dutch : english;
  }

  /** Whether an English reader gets the Dutch text here, because the English one is missing. */
  public boolean dutchOnly(String english) {
    return isEnglish() && (english == null || english.isBlank());
  }

  public String getOtherCode() {
    return current().other().code();
  }

  /** This page in the other language, for the switch in the header. */
  public String getSwitchUrl() {
    return urlIn(current().other().code());
  }

  /**
   * This page's address as the visitor asked for it (the readable one, before Routes forwarded it
   * to its view), without its query string: the last link of the breadcrumbs.
   */
  public String getPath() {
    return forwarded(RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI());
  }

  /** This page in the given language, as a path with its query string. */
  public String urlIn(String code) {
    String path = getPath();
    String query = forwarded(RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString());
    String others =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith("lang="))
                .collect(Collectors.joining("&"));
    return path + "?" + (others.isEmpty() ? "" : others + "&") + "lang=" + code;
  }

  /** The same, absolute, as search engines want it in {@code hreflang} links. */
  public String absoluteUrlIn(String code) {
    String origin =
        request.getScheme()
            + "://"
            + request.getServerName()
            + (isDefaultPort() ? "" : ":" + request.getServerPort());
    return origin + urlIn(code);
  }

  private boolean isDefaultPort() {
    int port = request.getServerPort();
    return ("http".equals(request.getScheme()) && port == 80)
        || ("https".equals(request.getScheme()) && port == 443);
  }

  private String forwarded(String attribute, String fallback) {
    return request.getAttribute(attribute) instanceof String value ? value : fallback;
  }
}
