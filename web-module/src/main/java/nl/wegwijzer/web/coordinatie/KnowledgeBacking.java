package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import nl.wegwijzer.casework.knowledge.ActivityKind;
import nl.wegwijzer.casework.knowledge.Audience;
import nl.wegwijzer.casework.knowledge.KnowledgeActivity;
import nl.wegwijzer.casework.knowledge.KnowledgeService;
import nl.wegwijzer.casework.knowledge.KnowledgeView;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.BottleneckTexts;
import nl.wegwijzer.web.shared.FieldMessages;
import nl.wegwijzer.web.shared.Pager;

/**
 * /coordinatie/kennisoverdracht: a coordinator registers the trainings, presentations and advice
 * given in their regions, and corrects or withdraws (after a confirmation) the ones listed. What
 * was typed stays in the form when the service refuses it.
 */
@Named
@ViewScoped
public class KnowledgeBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Inject transient KnowledgeService register;
  @Inject transient PlaceService places;
  @Inject transient CurrentActor actor;

  private final KnowledgeForm form = new KnowledgeForm();
  private Long editingId;
  private long editingVersion;
  private Long confirmingId;
  private int pageNumber = 1;
  private Page<KnowledgeView> page = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private List<RegionView> ownRegions = List.of();
  private String notice;

  public void load() {
    ownRegions =
        places.regions().stream().filter(r -> actor.actor().regions().contains(r.code())).toList();
    startNew();
    refresh();
  }

  private void startNew() {
    editingId = null;
    form.startNew(ownRegions.size() == 1 ? ownRegions.get(0).code() : null);
  }

  private void refresh() {
    page = register.list(actor.actor(), new PageRequest(pageNumber, PAGE_SIZE));
    if (pageNumber > 1 && page.items().isEmpty() && page.totalPages() > 0) {
      pageNumber = page.totalPages();
      page = register.list(actor.actor(), new PageRequest(pageNumber, PAGE_SIZE));
    }
  }

  public void save() {
    notice = null;
    if (editingId == null) {
      register.record(actor.actor(), form.entry());
      notice = BottleneckTexts.text("knowledge.recorded");
    } else {
      register.correct(actor.actor(), editingId, editingVersion, form.entry());
      notice = BottleneckTexts.text("knowledge.corrected");
    }
    startNew();
    refresh();
  }

  public void edit(long id) {
    notice = null;
    confirmingId = null;
    KnowledgeView shown = register.get(actor.actor(), id);
    editingId = shown.id();
    editingVersion = shown.version();
    form.fill(shown);
  }

  public void cancelEdit() {
    notice = null;
    startNew();
  }

  public void askWithdraw(long id) {
    notice = null;
    confirmingId = id;
  }

  public void cancelWithdraw() {
    confirmingId = null;
  }

  public void withdraw(KnowledgeView shown) {
    confirmingId = null;
    register.withdraw(actor.actor(), shown.id(), shown.version());
    notice = BottleneckTexts.text("knowledge.withdrawn");
    if (Long.valueOf(shown.id()).equals(editingId)) {
      startNew();
    }
    refresh();
  }

  /** The field FailureHandler attached the service's refusal to. */
  public boolean invalid(String field) {
    return FieldMessages.attached(field) != null;
  }

  public String shown(LocalDate day) {
    return day == null ? "" : day.format(SHOWN);
  }

  public List<String> getKinds() {
    return Arrays.stream(ActivityKind.values()).map(Coded::code).toList();
  }

  public List<String> getAudiences() {
    return Arrays.stream(Audience.values()).map(Coded::code).toList();
  }

  public List<String> getFormCodes() {
    return Arrays.stream(ExploitationForm.values()).map(Coded::code).toList();
  }

  public int getMaxTopicLength() {
    return KnowledgeActivity.MAX_TOPIC_LENGTH;
  }

  public String getToday() {
    return LocalDate.now(KnowledgeService.ZONE).toString();
  }

  public List<RegionView> getOwnRegions() {
    return ownRegions;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public Long getConfirmingId() {
    return confirmingId;
  }

  public Page<KnowledgeView> getPage() {
    return page;
  }

  public Pager getPager() {
    return Pager.of(page, "/coordinatie/kennisoverdracht");
  }

  public KnowledgeForm getForm() {
    return form;
  }

  public String getNotice() {
    return notice;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public void setPageNumber(int pageNumber) {
    this.pageNumber = Math.max(1, pageNumber);
  }
}
