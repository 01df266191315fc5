package nl.wegwijzer.web.beheer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.service.AuditEntryView;
import nl.wegwijzer.directory.service.AuditQuery;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.FieldMessages;
import nl.wegwijzer.web.shared.FormDates;
import nl.wegwijzer.web.shared.Pager;

/** /beheer/logboek: the audit trail, filtered by the URL's parameters, newest first, paged. */
@Named
@RequestScoped
public class AuditBacking {

  static final int PAGE_SIZE = 25;
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

  @Inject AuditTrail trail;

  private String actor;
  private String subject;
  private String action;
  private String from;
  private String to;
  private int pageNumber = 1;
  private Page<AuditEntryView> page = new Page<>(List.of(), 1, PAGE_SIZE, 0);

  public void load() {
    page =
        trail.search(
            new AuditQuery(
                actor, subject, action, FormDates.parse(from, "from"), FormDates.parse(to, "to")),
            new PageRequest(Math.max(1, pageNumber), PAGE_SIZE));
  }

  /** When, in Dutch time. */
  public String when(OffsetDateTime at) {
    return at.atZoneSameInstant(AuditTrail.ZONE).format(SHOWN);
  }

  public List<String> getActions() {
    return Arrays.stream(AuditAction.values()).map(Coded::code).toList();
  }

  /** The pager's links keep the filters. */
  public Pager getPager() {
    return Pager.of(page, "/beheer/logboek")
        .keeping("door", actor)
        .keeping("voor", subject)
        .keeping("wat", action)
        .keeping("van", from)
        .keeping("tot", to);
  }

  public Page<AuditEntryView> getPage() {
    return page;
  }

  public String getProblem() {
    return FieldMessages.first();
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public void setPageNumber(int pageNumber) {
    this.pageNumber = pageNumber;
  }
}
