package nl.wegwijzer.web.coordinatie;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.BottleneckTexts;
import nl.wegwijzer.web.shared.FieldMessages;

/**
 * What the screens of the coordinators' registers (network, knowledge transfer, bottlenecks) share:
 * a page of entries, one entry in the form for a correction, and a withdrawal that asks to confirm
 * first. What was typed stays in the form when the service refuses it (FailureHandler attaches the
 * refusal to its field). Each screen says how it reads a page and how its form starts afresh.
 *
 * @param <V> an entry as the register's service shows it
 */
public abstract class RegisterBacking<V> implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Inject transient PlaceService places;
  @Inject transient CurrentActor currentActor;

  private Long editingId;
  private long editingVersion;
  private Long confirmingId;
  private int pageNumber = 1;
  private Page<V> page = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private List<RegionView> ownRegions = List.of();
  private String notice;

  /** One page of the entries the screen lists. */
  protected abstract Page<V> read(PageRequest request);

  /** Empties the form for a new entry. */
  protected abstract void startNew();

  /** On the first request: the coordinator's regions, an empty form and the page of the list. */
  public void load() {
    loadOwnRegions();
    startNew();
    refresh();
  }

  /** The code of the coordinator's one region, the form's choice; null when they have several. */
  protected String onlyRegion() {
    return ownRegions.size() == 1 ? ownRegions.get(0).code() : null;
  }

  protected Actor actor() {
    return currentActor.actor();
  }

  /** The regions of the coordinator, in the directory's order. */
  protected List<RegionView> loadOwnRegions() {
    ownRegions =
        places.regions().stream().filter(r -> actor().regions().contains(r.code())).toList();
    return ownRegions;
  }

  /** The page asked for; past the end (after a withdrawal), the last one. */
  protected void refresh() {
    page = read(new PageRequest(pageNumber, PAGE_SIZE));
    if (pageNumber > 1 && page.items().isEmpty() && page.totalPages() > 0) {
      pageNumber = page.totalPages();
      page = read(new PageRequest(pageNumber, PAGE_SIZE));
    }
  }

  /** Whether a save corrects the entry in the form (else it records a new one). */
  protected boolean correcting() {
    return editingId != null;
  }

  protected long editingId() {
    return editingId;
  }

  protected long editingVersion() {
    return editingVersion;
  }

  /** After a save: the notice (a key of the register texts), an empty form, the page anew. */
  protected void saved(String noticeKey) {
    notice = BottleneckTexts.text(noticeKey);
    editingId = null;
    startNew();
    refresh();
  }

  /** Before showing a listed entry in the form: no messages, no confirmation asked. */
  protected void beforeEdit() {
    clearMessages();
    confirmingId = null;
  }

  /** The entry (id and the version read) now in the form. */
  protected void editing(long id, long version) {
    editingId = id;
    editingVersion = version;
  }

  /** Before a withdrawal: no messages, the confirmation done. */
  protected void beforeWithdraw() {
    clearMessages();
    confirmingId = null;
  }

  /** After a withdrawal: the notice, the form emptied when it held that entry, the page anew. */
  protected void withdrawn(long id, String noticeKey) {
    notice = BottleneckTexts.text(noticeKey);
    if (Long.valueOf(id).equals(editingId)) {
      editingId = null;
      startNew();
    }
    refresh();
  }

  protected void clearMessages() {
    notice = null;
  }

  public void cancelEdit() {
    clearMessages();
    editingId = null;
    startNew();
  }

  /** The first click on "withdraw" (or "remove") only asks to confirm. */
  public void askWithdraw(long id) {
    clearMessages();
    confirmingId = id;
  }

  public void cancelWithdraw() {
    confirmingId = null;
  }

  /** The field FailureHandler attached the service's refusal to. */
  public boolean invalid(String field) {
    return FieldMessages.attached(field) != null;
  }

  public String shown(LocalDate day) {
    return day == null ? "" : day.format(SHOWN);
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public Long getConfirmingId() {
    return confirmingId;
  }

  public Page<V> getPage() {
    return page;
  }

  public List<RegionView> getOwnRegions() {
    return ownRegions;
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
