package nl.wegwijzer.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request seen as a plain GET without Faces' own parameters, for forwarding a failed request to
 * an error page: Faces then renders the page as a fresh view, instead of taking the failed post for
 * a postback again or refusing a method it does not serve (PATCH).
 */
public final class FreshGet extends HttpServletRequestWrapper {

  public FreshGet(HttpServletRequest request) {
    super(request);
  }

  @Override
  public String getMethod() {
    return "GET";
  }

  @Override
  public String getParameter(String name) {
    return name.startsWith("jakarta.faces.") ? null : super.getParameter(name);
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    Map<String, String[]> kept = new LinkedHashMap<>(super.getParameterMap());
    kept.keySet().removeIf(name -> name.startsWith("jakarta.faces."));
    return kept;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(getParameterMap().keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    return name.startsWith("jakarta.faces.") ? null : super.getParameterValues(name);
  }
}
