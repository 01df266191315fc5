package nl.wegwijzer.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Optional;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.service.InvalidFieldsException;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.platform.DomainFailure;

/**
 * The screens' one answer to the domain's refusals, so that backing beans do not catch them one by
 * one: invalid input (also an editor's fields), not found, a step the editorial workflow refuses
 * and a conflict (also one the database found at commit) become a message on the same page, next to
 * the field the refusal names or at the top, and the page is rendered again with what was typed
 * (the view is not left, nothing is redirected), for full and ajax requests alike. An address that
 * names nothing (not found while a page is opened) is the 404 page. Anything else goes on to the
 * error page as before, and so does a refusal met while the page was being written, which can no
 * longer be replaced by the same page.
 */
public class FailureHandler extends ExceptionHandlerWrapper {

  /** The client id of the templates' message area, which an ajax answer renders as well. */
  public static final String MESSAGES = "page-messages";

  public FailureHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      ExceptionQueuedEventContext queued = events.next().getContext();
      Optional<RuntimeException> refusal = DomainFailure.of(queued.getException());
      if (refusal.isEmpty() || queued.getPhaseId() == PhaseId.RENDER_RESPONSE) {
        continue;
      }
      events.remove();
      answer(context, refusal.get());
    }
    getWrapped().handle();
  }

  private static void answer(FacesContext context, RuntimeException refusal) {
    if (refusal instanceof NotFoundException && !context.isPostback()) {
      try {
        context.getExternalContext().responseSendError(404, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
      return;
    }
    Refused refused = new Refused(refusal);
    CDI.current().getBeanManager().getEvent().select(Refused.class).fire(refused);
    String field = refusal instanceof InvalidInputException invalid ? invalid.field() : null;
    FacesMessage message =
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, refused.wording().orElseGet(() -> text(refusal)), null);
    context.addMessage(clientIdOf(context, field), message);
    context.validationFailed();
    if (context.getPartialViewContext().isAjaxRequest()) {
      context.getPartialViewContext().getRenderIds().add(MESSAGES);
    }
    context.renderResponse();
  }

  /** The message from the bundles, in the page's language. */
  static String text(RuntimeException refusal) {
    if (refusal instanceof ConflictException) {
      return Labels.text("failure.conflict");
    }
    if (refusal instanceof NotFoundException) {
      return Labels.text("failure.notFound");
    }
    if (refusal instanceof WorkflowException workflow) {
      return ScreenProblems.describe(workflow);
    }
    if (refusal instanceof InvalidFieldsException fields) {
      return ScreenProblems.describe(fields.problems());
    }
    FacesContext context = FacesContext.getCurrentInstance();
    String viewId =
        context == null || context.getViewRoot() == null ? null : context.getViewRoot().getViewId();
    return ScreenProblems.describe(viewId, (InvalidInputException) refusal);
  }

  /**
   * The input the refusal names (its id, or the service's field name w:field gives it as the
   * attribute {@code field}); w:field marks it invalid from its message ({@link FieldMessages}),
   * the component stays valid so that it shows the typed text from the model. A field that is no
   * Faces input (a plain input of a GET form) keeps its name as the key, so that {@link
   * FieldMessages} finds it; null (a global message) when the refusal names no field.
   */
  private static String clientIdOf(FacesContext context, String field) {
    if (field == null || context.getViewRoot() == null) {
      return null;
    }
    UIInput[] found = new UIInput[1];
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(
                context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED, VisitHint.SKIP_ITERATION)),
            (visit, component) -> {
              if (component instanceof UIInput input
                  && (field.equals(component.getId())
                      || field.equals(component.getAttributes().get("field")))) {
                found[0] = input;
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    if (found[0] == null) {
      return field;
    }
    return found[0].getClientId(context);
  }
}
