package nl.wegwijzer.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.web.shared.Language;

/**
 * Serves the public pages to anonymous visitors from {@link PageCache} and says how others may
 * cache them: an anonymous GET of a public page gets an {@code ETag} (which includes the language)
 * and {@code Cache-Control: public, max-age=0, must-revalidate, s-maxage=1}, and 304 when the
 * visitor's copy is current. Anyone logged in (a session cookie, an Authorization header) and the
 * back office, the casework API and the public signal form get {@code no-store} and never touch the
 * cache, and so does a tailored route with its answers in the query. A page that made a session or
 * set a cookie, or did not answer 200, is not kept.
 */
@WebFilter(filterName = "pageCache")
public class PageCacheFilter extends HttpFilter {

  static final String PUBLIC = "public, max-age=0, must-revalidate, s-maxage=1";
  static final String NO_STORE = "no-store";
  private static final String POLICY = "Content-Security-Policy";

  private static final List<String> PRIVATE_PATHS =
      List.of(
          "/redactie",
          "/coordinatie",
          "/beheer",
          "/views/redactie/",
          "/views/coordinatie/",
          "/views/beheer/",
          "/api/signals",
          "/api/cases",
          "/inloggen",
          "/uitloggen",
          // What someone typed about a person at risk: Back must fetch the form anew, empty.
          "/signaal-melden");

  /**
   * Pages whose query holds what a visitor told about a person (the tailored route's answers): with
   * a query they are never kept, here or by a balancer, and they carry the day they were made.
   */
  private static final List<String> PERSONAL_QUERY_PATHS = List.of("/route-op-maat");

  @Inject PageCache cache;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = Routes.pathOf(request);
    if (isPrivate(request, path)) {
      response.setHeader("Cache-Control", NO_STORE);
      chain.doFilter(request, response);
      return;
    }
    if (!"GET".equals(request.getMethod()) || !Routes.isPublicPage(path)) {
      chain.doFilter(request, response);
      return;
    }
    Language language = (Language) request.getAttribute(Language.REQUEST_ATTRIBUTE);
    String key = key(request, path, language);
    Optional<PageCache.Page> hit = cache.find(key);
    if (hit.isPresent()) {
      serve(request, response, hit.get());
      return;
    }
    long epoch = cache.epoch();
    Capture capture = new Capture(response);
    chain.doFilter(request, capture);
    if (capture.passedOn) {
      return;
    }
    byte[] body = capture.body();
    boolean anonymous = request.getSession(false) == null && !capture.cookieSet;
    if (capture.status != HttpServletResponse.SC_OK || !anonymous) {
      capture.applyHeaders(true);
      if (!anonymous) {
        response.setHeader("Cache-Control", NO_STORE);
      }
      write(response, body);
      return;
    }
    PageCache.Page page =
        PageCache.template(
            body,
            capture.headers.containsKey(POLICY) ? capture.headers.get(POLICY).get(0) : null,
            response.getContentType(),
            capture.otherHeaders(),
            language == null ? Language.DUTCH.code() : language.code());
    cache.store(key, page, epoch);
    boolean current = isCurrent(request, page.etag());
    capture.applyHeaders(!current);
    if (!notModified(request, response, page)) {
      write(response, body);
    }
  }

  /** Pages that depend on who asks, and the back office: no cache may keep them. */
  private static boolean isPrivate(HttpServletRequest request, String path) {
    return request.getRequestedSessionId() != null
        || request.getHeader("Authorization") != null
        || request.getUserPrincipal() != null
        || PRIVATE_PATHS.stream().anyMatch(path::startsWith)
        || (request.getQueryString() != null && PERSONAL_QUERY_PATHS.contains(path));
  }

  /**
   * The page's address as the visitor asked for it (host included: the page names its own absolute
   * address for search engines) and the language it is read in.
   */
  private static String key(HttpServletRequest request, String path, Language language) {
    String query = request.getQueryString();
    return request.getScheme()
        + "://"
        + request.getServerName()
        + ":"
        + request.getServerPort()
        + path
        + (query == null ? "" : "?" + query)
        + " "
        + (language == null ? Language.DUTCH.code() : language.code());
  }

  private static void serve(
      HttpServletRequest request, HttpServletResponse response, PageCache.Page page)
      throws IOException {
    response.setContentType(page.contentType());
    page.headers().forEach(response::setHeader);
    if (notModified(request, response, page)) {
      return;
    }
    String nonce = PageCache.newNonce();
    page.policyWith(nonce).ifPresent(policy -> response.setHeader(POLICY, policy));
    if (acceptsGzip(request)) {
      // Compressed once when cached; the server's own compression leaves an encoded body alone.
      response.setHeader("Content-Encoding", "gzip");
      write(response, page.gzipWith(nonce));
    } else {
      write(response, page.bodyWith(nonce));
    }
  }

  static boolean acceptsGzip(HttpServletRequest request) {
    String accepted = request.getHeader("Accept-Encoding");
    if (accepted == null) {
      return false;
    }
    for (String coding : accepted.split(",")) {
      String[] parts = coding.strip().split(";");
      if (parts[0].strip().equalsIgnoreCase("gzip")) {
        return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
      }
    }
    return false;
  }

  /**
   * Sets the cache headers and answers 304 when the visitor already has this version. The 304
   * carries no Content-Security-Policy: the browser keeps the one that matches its copy's nonce.
   */
  private static boolean notModified(
      HttpServletRequest request, HttpServletResponse response, PageCache.Page page) {
    response.setHeader("ETag", page.etag());
    response.setHeader("Cache-Control", PUBLIC);
    // Gzipped or not by Accept-Encoding (here from the cache, else by the server's compression).
    response.setHeader("Vary", "Accept-Encoding");
    if (isCurrent(request, page.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return true;
    }
    return false;
  }

  private static void write(HttpServletResponse response, byte[] body) throws IOException {
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static boolean isCurrent(HttpServletRequest request, String etag) {
    String asked = request.getHeader("If-None-Match");
    if (asked == null) {
      return false;
    }
    String opaque = weakless(etag);
    for (String candidate : asked.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || weakless(tag).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String weakless(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /**
   * Keeps what the page writes (body and headers) until the filter decides; redirects and errors go
   * straight through with their headers.
   */
  private static final class Capture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean cookieSet;
    private boolean passedOn;

    Capture(HttpServletResponse response) {
      super(response);
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }

    /** The headers to replay from the cache: all but the policy (which has the nonce). */
    Map<String, String> otherHeaders() {
      Map<String, String> others = new LinkedHashMap<>();
      headers.forEach(
          (name, values) -> {
            if (!name.equalsIgnoreCase(POLICY)) {
              others.put(name, String.join(", ", values));
            }
          });
      return others;
    }

    void applyHeaders(boolean withPolicy) {
      HttpServletResponse real = (HttpServletResponse) getResponse();
      headers.forEach(
          (name, values) -> {
            if (withPolicy || !name.equalsIgnoreCase(POLICY)) {
              values.forEach(value -> real.addHeader(name, value));
            }
          });
    }

    @Override
    public void setHeader(String name, String value) {
      headers.remove(canonical(name));
      if (value != null) {
        headers.put(canonical(name), new ArrayList<>(List.of(value)));
      }
    }

    @Override
    public void addHeader(String name, String value) {
      headers.computeIfAbsent(canonical(name), n -> new ArrayList<>()).add(value);
    }

    @Override
    public void setIntHeader(String name, int value) {
      setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
      addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
      setHeader(name, httpDate(date));
    }

    @Override
    public void addDateHeader(String name, long date) {
      addHeader(name, httpDate(date));
    }

    private static String httpDate(long date) {
      return DateTimeFormatter.RFC_1123_DATE_TIME.format(
          Instant.ofEpochMilli(date).atZone(ZoneOffset.UTC));
    }

    private String canonical(String name) {
      for (String known : headers.keySet()) {
        if (known.equalsIgnoreCase(name)) {
          return known;
        }
      }
      return name;
    }

    @Override
    public boolean containsHeader(String name) {
      return headers.containsKey(canonical(name)) || super.containsHeader(name);
    }

    @Override
    public String getHeader(String name) {
      List<String> values = headers.get(canonical(name));
      return values == null ? super.getHeader(name) : values.get(0);
    }

    @Override
    public Collection<String> getHeaders(String name) {
      List<String> values = headers.get(canonical(name));
      return values == null ? super.getHeaders(name) : List.copyOf(values);
    }

    /**
     * Ignored: the page's language is in its {@code lang} attribute, and a late call (after the
     * body, which used to commit the response first) would send a wrong Content-Language.
     */
    @Override
    public void setLocale(Locale locale) {
      // See above.
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookieSet = true;
      super.addCookie(cookie);
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public int getStatus() {
      return status;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      passOn();
      super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      passOn();
      super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      passOn();
      super.sendRedirect(location);
    }

    private void passOn() {
      passedOn = true;
      applyHeaders(true);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (passedOn) {
        throw new IllegalStateException("response already sent");
      }
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                buffer.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("no async writes on a public page");
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer =
            new PrintWriter(
                new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {
      // The filter sets it from the bytes it sends.
    }

    @Override
    public void setContentLengthLong(long len) {
      // As above.
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public boolean isCommitted() {
      return passedOn && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
      if (writer != null) {
        writer.flush();
      }
      buffer.reset();
    }

    @Override
    public void reset() {
      // Only what this page wrote: the headers set before it (security headers) stay.
      resetBuffer();
      headers.clear();
      setStatus(SC_OK);
    }
  }
}
