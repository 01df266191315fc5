package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Iterator;

/**
 * The message {@link FailureHandler} attached to a field, by the field's own id or name (a page
 * knows that, not the form's client id): how w:field, and a bean's {@code invalid(field)} for a
 * plain input, show a refusal next to its field.
 */
@Named
@ApplicationScoped
public class FieldMessages {

  public boolean invalid(String id) {
    return attached(id) != null;
  }

  public String of(String id) {
    return attached(id);
  }

  /**
   * The first message on the page, or null: what a page of filters, which shows one refusal above
   * its results, says.
   */
  public static String first() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null || context.getMessageList().isEmpty()) {
      return null;
    }
    return context.getMessageList().get(0).getSummary();
  }

  /** The first message of the field with this id, or null. */
  public static String attached(String id) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null) {
      return null;
    }
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
