package nl.wegwijzer.web.feeds;

import jakarta.servlet.http.HttpServletRequest;

/** What the XML feeds share: the site's address and XML escaping. */
final class Feeds {

  private Feeds() {}

  static String baseUrl(HttpServletRequest request) {
    int port = request.getServerPort();
    boolean standard =
        ("http".equals(request.getScheme()) && port == 80)
            || ("https".equals(request.getScheme()) && port == 443);
    return request.getScheme()
        + "://"
        + request.getServerName()
        + (standard ? "" : ":" + port)
        + request.getContextPath();
  }

  static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&apos;");
  }
}
