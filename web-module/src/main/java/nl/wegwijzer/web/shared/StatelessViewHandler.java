package nl.wegwijzer.web.shared;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * Makes the public views transient from their creation. A view with state (its component tree, and
 * PrimeFaces' CSP nonce, which PrimeFaces puts in the view map before the view is even built) needs
 * an HTTP session; the public pages have only plain GET forms and links, so an anonymous visitor
 * gets no session and no cookie, and the page can be cached. The back office posts back, so it
 * keeps its state.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

  private static final List<String> STATEFUL =
      List.of("/views/redactie/", "/views/coordinatie/", "/views/beheer/");

  public StatelessViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && isStateless(root.getViewId())) {
      root.setTransient(true);
    }
    return root;
  }

  static boolean isStateless(String viewId) {
    return viewId != null && STATEFUL.stream().noneMatch(viewId::startsWith);
  }
}
