package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Iterator;

/**
 * The Faces message of an input, by the input's own id (w:field knows its name, not the form's
 * client id): how a field shows a refusal that {@link FailureHandler} attached to it.
 */
@Named
@ApplicationScoped
public class FieldMessages {

  public boolean invalid(String id) {
    return of(id) != null;
  }

  /** The first message of the input with this id, or null. */
  public String of(String id) {
    FacesContext context = FacesContext.getCurrentInstance();
    String suffix = UINamingContainer.getSeparatorChar(context) + id;
    for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
      String clientId = ids.next();
      if (clientId != null && (clientId.equals(id) || clientId.endsWith(suffix))) {
        Iterator<FacesMessage> messages = context.getMessages(clientId);
        if (messages.hasNext()) {
          return messages.next().getSummary();
        }
      }
    }
    return null;
  }
}
