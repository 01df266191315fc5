package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.wegwijzer.casework.bottleneck.Bottleneck;
import nl.wegwijzer.casework.bottleneck.BottleneckCategory;
import nl.wegwijzer.casework.bottleneck.BottleneckEntry;
import nl.wegwijzer.casework.bottleneck.BottleneckService;
import nl.wegwijzer.casework.bottleneck.BottleneckView;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.BottleneckTexts;
import nl.wegwijzer.web.shared.Pager;

/**
 * /coordinatie/knelpunten: a coordinator records bottlenecks of their regions, and corrects or
 * withdraws (after a confirmation) the ones listed.
 */
@Named
@ViewScoped
public class CoordinatieBottlenecksBacking extends RegisterBacking<BottleneckView> {

  private static final long serialVersionUID = 1L;

  @Inject transient BottleneckService bottlenecks;

  private final BottleneckForm form = new BottleneckForm();
  private String problem;
  private String problemField;

  @Override
  protected void startNew() {
    form.startNew(onlyRegion());
  }

  @Override
  protected Page<BottleneckView> read(PageRequest request) {
    return bottlenecks.list(actor(), request);
  }

  /** Records the new bottleneck, or saves the correction of the one being corrected. */
  public void save() {
    clearMessages();
    try {
      BottleneckEntry entry = form.entry();
      if (correcting()) {
        bottlenecks.correct(actor(), editingId(), editingVersion(), entry);
        saved("bottleneck.corrected");
      } else {
        bottlenecks.record(actor(), entry);
        saved("bottleneck.recorded");
      }
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
    beforeEdit();
    BottleneckView shown = bottlenecks.get(actor(), id);
    editing(shown.id(), shown.version());
    form.fill(shown);
  }

  public void withdraw(BottleneckView shown) {
    beforeWithdraw();
    bottlenecks.withdraw(actor(), shown.id(), shown.version());
    withdrawn(shown.id(), "bottleneck.withdrawn");
  }

  @Override
  protected void clearMessages() {
    super.clearMessages();
    problem = null;
    problemField = null;
  }

  /** The region refused above, or the field FailureHandler attached the service's refusal to. */
  @Override
  public boolean invalid(String field) {
    return field.equals(problemField) || super.invalid(field);
  }

  public List<String> getCategories() {
    return Arrays.stream(BottleneckCategory.values()).map(Coded::code).toList();
  }

  public List<String> getCareNeeds() {
    return Arrays.stream(CareNeed.values()).map(Coded::code).toList();
  }

  public int getMaxDescriptionLength() {
    return Bottleneck.MAX_DESCRIPTION_LENGTH;
  }

  public String getToday() {
    return LocalDate.now(BottleneckService.ZONE).toString();
  }

  public Pager getPager() {
    return Pager.of(getPage(), "/coordinatie/knelpunten");
  }

  public BottleneckForm getForm() {
    return form;
  }

  public String getProblem() {
    return problem;
  }
}
