package nl.wegwijzer.web.http;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;

/**
 * Makes forms on a page reached through a readable URL post back to that URL instead of to the view
 * file, so that the address bar, bookmarks and Ajax requests all keep the readable form.
 */
public class ReadableUrlViewHandler extends ViewHandlerWrapper {

  public ReadableUrlViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    Map<String, Object> attributes = context.getExternalContext().getRequestMap();
    Object original = attributes.get(RequestDispatcher.FORWARD_REQUEST_URI);
    if (original instanceof String uri
        && context.getViewRoot() != null
        && viewId.equals(context.getViewRoot().getViewId())) {
      return uri;
    }
    return super.getActionURL(context, viewId);
  }
}
