package nl.wegwijzer.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** What backing beans need to answer beyond rendering their page. */
public final class Pages {

  private Pages() {}

  /** Ends the request with the friendly 404 page (an unknown slug in a readable URL). */
  public static void notFound() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(404, null);
    context.responseComplete();
  }

  /** Ends the request with the 403 page: the address exists, but not for this user. */
  public static void forbidden() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(403, null);
    context.responseComplete();
  }

  /** Sends the browser to a path of this application (e.g. after a post). */
  public static void redirect(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }
}
