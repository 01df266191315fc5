package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import nl.wegwijzer.casework.network.Partner;
import nl.wegwijzer.casework.network.PartnerService;
import nl.wegwijzer.casework.network.PartnerView;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.service.RegionView;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.Pager;

/**
 * /coordinatie/netwerk: the network of one of the coordinator's regions ({@code ?regio=}), searched
 * ({@code ?zoek=}) and paged; partners are added, corrected and removed (after a confirmation).
 * Every partner shown is in the access log (the service writes it).
 */
@Named
@ViewScoped
public class NetworkBacking extends RegisterBacking<PartnerView> {

  private static final long serialVersionUID = 1L;

  /** The directory's organisations offered to choose from, by name. */
  static final int DIRECTORY_CHOICES = PageRequest.MAX_SIZE;

  @Inject transient PartnerService partners;
  @Inject transient OrganisationDirectory directory;

  private final PartnerForm form = new PartnerForm();
  private String region;
  private String search;
  private List<OrganisationSummary> directoryChoices = List.of();

  /**
   * On the first request: the coordinator's regions, the region shown (the first when none is
   * asked; one not theirs is not found) and its page of partners.
   */
  @Override
  public void load() {
    List<RegionView> own = loadOwnRegions();
    if ((region == null || region.isBlank()) && !own.isEmpty()) {
      region = own.get(0).code();
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

  @Override
  protected void startNew() {
    form.clear();
  }

  /** No region (the coordinator has none): nothing to list. */
  @Override
  protected void refresh() {
    if (region != null) {
      super.refresh();
    }
  }

  @Override
  protected Page<PartnerView> read(PageRequest request) {
    return partners.search(actor(), region, search, request, "network");
  }

  /** Adds the partner typed, or saves the correction of the one being corrected. */
  public void save() {
    clearMessages();
    if (correcting()) {
      partners.correct(actor(), editingId(), editingVersion(), form.entry(region));
      saved("network.corrected");
    } else {
      partners.add(actor(), form.entry(region));
      saved("network.added");
    }
  }

  /** Puts a listed partner into the form for a correction (a read, logged). */
  public void edit(long id) {
    beforeEdit();
    PartnerView shown = partners.read(actor(), id);
    editing(shown.id(), shown.version());
    form.fill(shown);
  }

  public void remove(PartnerView shown) {
    beforeWithdraw();
    partners.remove(actor(), shown.id(), shown.version());
    withdrawn(shown.id(), "network.removed");
  }

  public String getRegionName() {
    return getOwnRegions().stream()
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
    return Pager.of(getPage(), "/coordinatie/netwerk")
        .keeping("regio", region)
        .keeping("zoek", search);
  }

  public PartnerForm getForm() {
    return form;
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
}
