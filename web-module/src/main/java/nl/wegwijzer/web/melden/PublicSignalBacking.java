package nl.wegwijzer.web.melden;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.directory.service.CoordinatorAnswer;
import nl.wegwijzer.directory.service.CoordinatorFinder;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * /signaal-melden and /signaal-melden/ontvangen: the public signal form (its post goes to {@link
 * PublicSignalServlet}, which hands problems and what was typed back through request attributes)
 * and the confirmation with only the reference and the region's coordinator.
 */
@Named
@RequestScoped
public class PublicSignalBacking {

  static final String PROBLEMS = "wegwijzer.publicSignal.problems";
  static final String TYPED = "wegwijzer.publicSignal.typed";
  static final String MESSAGE = "wegwijzer.publicSignal.message";
  static final String STAMP = "wegwijzer.publicSignal.stamp";

  @Inject FormTimestamp timestamps;
  @Inject CoordinatorFinder coordinators;

  private CoordinatorAnswer coordinator;
  private boolean coordinatorLooked;

  private Map<String, Object> requestMap() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
  }

  /** The form's signed time stamp: a new one, or the one of a post that came back too fast. */
  public String getStamp() {
    Object kept = requestMap().get(STAMP);
    return kept instanceof String stamp ? stamp : timestamps.issue();
  }

  @SuppressWarnings("unchecked")
  public String typed(String field) {
    Object typed = requestMap().get(TYPED);
    return typed instanceof Map<?, ?> values ? ((Map<String, String>) values).get(field) : "";
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> problems() {
    Object found = requestMap().get(PROBLEMS);
    return found instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }

  public boolean invalid(String field) {
    return problems().containsKey(field);
  }

  public String problemOf(String field) {
    String kind = problems().get(field);
    if (kind == null) {
      return null;
    }
    Object limit =
        switch (field) {
          case "wat" -> PublicSignalServlet.MAX_ACCOUNT;
          case "contact" -> PublicSignalServlet.MAX_CONTACT;
          default -> PublicSignalServlet.MAX_MUNICIPALITY;
        };
    return CaseworkTexts.text("public.problem." + field + "." + kind, limit);
  }

  public boolean hasProblems() {
    return !problems().isEmpty();
  }

  public Map<String, String> getProblems() {
    return problems();
  }

  /** The general message of a refused post (too large, too often, too fast, invalid). */
  public String getMessage() {
    Object message = requestMap().get(MESSAGE);
    return message == null ? null : CaseworkTexts.text("public.message." + message);
  }

  public String getMessageKind() {
    Object message = requestMap().get(MESSAGE);
    return message == null ? "" : message.toString();
  }

  public List<String> getReporterTypes() {
    return java.util.Arrays.stream(ReporterType.values()).map(Coded::code).toList();
  }

  public int getMaxAccount() {
    return PublicSignalServlet.MAX_ACCOUNT;
  }

  public int getMaxContact() {
    return PublicSignalServlet.MAX_CONTACT;
  }

  private PublicSignalServlet.Receipt receipt() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Object receipt = external.getSessionMap().get(PublicSignalServlet.RECEIPT);
    return receipt instanceof PublicSignalServlet.Receipt r ? r : null;
  }

  public boolean isReceived() {
    return receipt() != null;
  }

  public String getReference() {
    PublicSignalServlet.Receipt receipt = receipt();
    return receipt == null ? null : receipt.reference();
  }

  /** The coordinator of the region the signal went to, from the directory. */
  public CoordinatorAnswer getCoordinator() {
    if (!coordinatorLooked) {
      coordinatorLooked = true;
      PublicSignalServlet.Receipt receipt = receipt();
      if (receipt != null && receipt.municipality() != null) {
        try {
          coordinator = coordinators.find(receipt.municipality(), null);
        } catch (InvalidInputException | NotFoundException e) {
          coordinator = null;
        }
      }
    }
    return coordinator;
  }
}
