package nl.wegwijzer.web.shared;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContextWrapper;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A Faces request for a test outside the server: the page's language and the request parameters,
 * nothing else. Close it to end the request.
 */
public final class FacesRequest extends FacesContextWrapper implements AutoCloseable {

  private final UIViewRoot view;
  private final ExternalContext external;
  private final Map<Object, Object> attributes = new HashMap<>();

  private FacesRequest(Locale locale, Map<String, String> parameters) {
    super(null);
    // first: a component asks for the current request when it is made
    setCurrentInstance(this);
    view =
        new UIViewRoot() {
          @Override
          public Locale getLocale() {
            return locale;
          }
        };
    external =
        new ExternalContextWrapper(null) {
          @Override
          public Map<String, String> getRequestParameterMap() {
            return parameters;
          }
        };
  }

  public static FacesRequest in(Language language, Map<String, String> parameters) {
    return new FacesRequest(language.locale(), parameters);
  }

  @Override
  public Map<Object, Object> getAttributes() {
    return attributes;
  }

  @Override
  public UIViewRoot getViewRoot() {
    return view;
  }

  @Override
  public ExternalContext getExternalContext() {
    return external;
  }

  @Override
  public void close() {
    setCurrentInstance(null);
  }
}
