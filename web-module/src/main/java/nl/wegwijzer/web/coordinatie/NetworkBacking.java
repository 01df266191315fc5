package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.wegwijzer.casework.network.Partner;
import nl.wegwijzer.casework.network.PartnerService;
import nl.wegwijzer.casework.network.PartnerView;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.BottleneckTexts;
import nl.wegwijzer.web.shared.FieldMessages;
import nl.wegwijzer.web.shared.Pager;

/**
 * /coordinatie/netwerk: the network of one of the coordinator's regions ({@code ?regio=}), searched
 * ({@code ?zoek=}) and paged; partners are added, corrected and removed (after a confirmation).
 * Every partner shown is in the access log (the service writes it).
 */
@Named
@ViewScoped
public class NetworkBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;

  /** The directory's organisations offered to choose from, by name. */
  static final int DIRECTORY_CHOICES = PageRequest.MAX_SIZE;

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Inject transient PartnerService partners;
  @Inject transient PlaceService places;
  @Inject transient OrganisationDirectory directory;
  @Inject transient CurrentActor actor;

  private final PartnerForm form = new PartnerForm();
  private String region;
  private String search;
  private int pageNumber = 1;
  private List<RegionView> ownRegions = List.of();
  private List<OrganisationSummary> directoryChoices = List.of();
  private Page<PartnerView> page = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private Long editingId;
  private long editingVersion;
  private Long confirmingId;
  private String notice;

  /**
   * On the first request: the coordinator's regions, the region shown (the first when none is
   * asked; one not theirs is not found) and its page of partners.
   */
  public void load() {
    ownRegions =
        places.regions().stream().filter(r -> actor.actor().regions().contains(r.code())).toList();
    if ((region == null || region.isBlank()) && !ownRegions.isEmpty()) {
      region = ownRegions.get(0).code();
    }
    form.clear();
    refresh();
    if (region != null) {
      directoryChoices =
          directory
              .search(
                  new DirectoryQuery(
                      null, null, region, null, null, null, null, null, null, "name"),
                  PageRequest.first(DIRECTORY_CHOICES))
              .items();
    }
  }

  private void refresh() {
    if (region == null) {
      return;
    }
    page =
        partners.search(
            actor.actor(), region, search, new PageRequest(pageNumber, PAGE_SIZE), "network");
    if (pageNumber > 1 && page.items().isEmpty() && page.totalPages() > 0) {
      pageNumber = page.totalPages();
      page =
          partners.search(
              actor.actor(), region, search, new PageRequest(pageNumber, PAGE_SIZE), "network");
    }
  }

  /** Adds the partner typed, or saves the correction of the one being corrected. */
  public void save() {
    clearMessages();
    if (editingId == null) {
      partners.add(actor.actor(), form.entry(region));
      notice = BottleneckTexts.text("network.added");
    } else {
      partners.correct(actor.actor(), editingId, editingVersion, form.entry(region));
      notice = BottleneckTexts.text("network.corrected");
    }
    editingId = null;
    form.clear();
    refresh();
  }

  /** Puts a listed partner into the form for a correction (a read, logged). */
  public void edit(long id) {
    clearMessages();
    confirmingId = null;
    PartnerView shown = partners.read(actor.actor(), id);
    editingId = shown.id();
    editingVersion = shown.version();
    form.fill(shown);
  }

  public void cancelEdit() {
    clearMessages();
    editingId = null;
    form.clear();
  }

  /** The first click on "remove" only asks to confirm. */
  public void askRemove(long id) {
    clearMessages();
    confirmingId = id;
  }

  public void cancelRemove() {
    confirmingId = null;
  }

  public void remove(PartnerView shown) {
    clearMessages();
    confirmingId = null;
    partners.remove(actor.actor(), shown.id(), shown.version());
    notice = BottleneckTexts.text("network.removed");
    if (Long.valueOf(shown.id()).equals(editingId)) {
      editingId = null;
      form.clear();
    }
    refresh();
  }

  private void clearMessages() {
    notice = null;
  }

  /** The field FailureHandler attached the service's refusal to. */
  public boolean invalid(String field) {
    return FieldMessages.attached(field) != null;
  }

  public String shown(LocalDate day) {
    return day == null ? "" : day.format(SHOWN);
  }

  public String getRegionName() {
    return ownRegions.stream()
        .filter(r -> r.code().equals(region))
        .map(RegionView::name)
        .findFirst()
        .orElse("");
  }

  public int getMaxAgreementsLength() {
    return Partner.MAX_AGREEMENTS_LENGTH;
  }

  public String getToday() {
    return LocalDate.now(PartnerService.ZONE).toString();
  }

  public Pager getPager() {
    return Pager.of(page, "/coordinatie/netwerk").keeping("regio", region).keeping("zoek", search);
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public Long getConfirmingId() {
    return confirmingId;
  }

  public Page<PartnerView> getPage() {
    return page;
  }

  public PartnerForm getForm() {
    return form;
  }

  public String getNotice() {
    return notice;
  }

  public List<RegionView> getOwnRegions() {
    return ownRegions;
  }

  public List<OrganisationSummary> getDirectoryChoices() {
    return directoryChoices;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public void setPageNumber(int pageNumber) {
    this.pageNumber = Math.max(1, pageNumber);
  }
}
