package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import nl.wegwijzer.casework.bottleneck.Bottleneck;
import nl.wegwijzer.casework.bottleneck.BottleneckCategory;
import nl.wegwijzer.casework.bottleneck.BottleneckEntry;
import nl.wegwijzer.casework.bottleneck.BottleneckService;
import nl.wegwijzer.casework.bottleneck.BottleneckView;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.BottleneckTexts;
import nl.wegwijzer.web.shared.FieldMessages;
import nl.wegwijzer.web.shared.Pager;

/**
 * /coordinatie/knelpunten: a coordinator records bottlenecks of their regions, and corrects or
 * withdraws (after a confirmation) the ones listed. What was typed stays in the form when the
 * service refuses it.
 */
@Named
@ViewScoped
public class CoordinatieBottlenecksBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Inject transient BottleneckService bottlenecks;
  @Inject transient PlaceService places;
  @Inject transient CurrentActor actor;

  private final BottleneckForm form = new BottleneckForm();
  private Long editingId;
  private long editingVersion;
  private Long confirmingId;
  private int pageNumber = 1;
  private Page<BottleneckView> page = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private List<RegionView> ownRegions = List.of();
  private String notice;
  private String problem;
  private String problemField;

  /** On the first request: the coordinator's regions and the page of the list. */
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
    page = bottlenecks.list(actor.actor(), new PageRequest(Math.max(1, pageNumber), PAGE_SIZE));
    if (pageNumber > 1 && page.items().isEmpty() && page.totalPages() > 0) {
      pageNumber = page.totalPages();
      page = bottlenecks.list(actor.actor(), new PageRequest(pageNumber, PAGE_SIZE));
    }
  }

  /** Records the new bottleneck, or saves the correction of the one being corrected. */
  public void save() {
    clearMessages();
    try {
      BottleneckEntry entry = form.entry();
      if (editingId == null) {
        bottlenecks.record(actor.actor(), entry);
        notice = BottleneckTexts.text("bottleneck.recorded");
      } else {
        bottlenecks.correct(actor.actor(), editingId, editingVersion, entry);
        notice = BottleneckTexts.text("bottleneck.corrected");
      }
      startNew();
      refresh();
    } catch (NotFoundException e) {
      if (!"region".equals(e.kind())) {
        throw e;
      }
      // A region the coordinator does not work for is a wrong choice in the form, not a gone entry.
      problemField = "region";
      problem = BottleneckTexts.text("bottleneck.invalid.region");
    }
  }

  /** Puts a listed bottleneck into the form for a correction. */
  public void edit(long id) {
    clearMessages();
    confirmingId = null;
    BottleneckView shown = bottlenecks.get(actor.actor(), id);
    editingId = shown.id();
    editingVersion = shown.version();
    form.fill(shown);
  }

  public void cancelEdit() {
    clearMessages();
    startNew();
  }

  /** The first click on "withdraw" only asks to confirm. */
  public void askWithdraw(long id) {
    clearMessages();
    confirmingId = id;
  }

  public void cancelWithdraw() {
    confirmingId = null;
  }

  public void withdraw(BottleneckView shown) {
    clearMessages();
    confirmingId = null;
    bottlenecks.withdraw(actor.actor(), shown.id(), shown.version());
    notice = BottleneckTexts.text("bottleneck.withdrawn");
    if (Long.valueOf(shown.id()).equals(editingId)) {
      startNew();
    }
    refresh();
  }

  private void clearMessages() {
    notice = null;
    problem = null;
    problemField = null;
  }

  /** The region refused above, or the field FailureHandler attached the service's refusal to. */
  public boolean invalid(String field) {
    return field.equals(problemField) || FieldMessages.attached(field) != null;
  }

  public String shown(LocalDate day) {
    return day == null ? "" : day.format(SHOWN);
  }

  public List<String> getCategories() {
    return Arrays.stream(BottleneckCategory.values()).map(Coded::code).toList();
  }

  public List<String> getCareNeeds() {
    return Arrays.stream(CareNeed.values()).map(Coded::code).toList();
  }

  public List<RegionView> getOwnRegions() {
    return ownRegions;
  }

  public int getMaxDescriptionLength() {
    return Bottleneck.MAX_DESCRIPTION_LENGTH;
  }

  public String getToday() {
    return LocalDate.now(BottleneckService.ZONE).toString();
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public Long getEditingId() {
    return editingId;
  }

  public Long getConfirmingId() {
    return confirmingId;
  }

  public Page<BottleneckView> getPage() {
    return page;
  }

  public Pager getPager() {
    return Pager.of(page, "/coordinatie/knelpunten");
  }

  public BottleneckForm getForm() {
    return form;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public void setPageNumber(int pageNumber) {
    this.pageNumber = pageNumber;
  }
}
