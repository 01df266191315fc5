package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.wegwijzer.casework.knowledge.ActivityKind;
import nl.wegwijzer.casework.knowledge.Audience;
import nl.wegwijzer.casework.knowledge.KnowledgeActivity;
import nl.wegwijzer.casework.knowledge.KnowledgeService;
import nl.wegwijzer.casework.knowledge.KnowledgeView;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.Pager;

/**
 * /coordinatie/kennisoverdracht: a coordinator registers the trainings, presentations and advice
 * given in their regions, and corrects or withdraws (after a confirmation) the ones listed.
 */
@Named
@ViewScoped
public class KnowledgeBacking extends RegisterBacking<KnowledgeView> {

  private static final long serialVersionUID = 1L;

  @Inject transient KnowledgeService register;

  private final KnowledgeForm form = new KnowledgeForm();

  @Override
  protected void startNew() {
    form.startNew(onlyRegion());
  }

  @Override
  protected Page<KnowledgeView> read(PageRequest request) {
    return register.list(actor(), request);
  }

  public void save() {
    clearMessages();
    if (correcting()) {
      register.correct(actor(), editingId(), editingVersion(), form.entry());
      saved("knowledge.corrected");
    } else {
      register.record(actor(), form.entry());
      saved("knowledge.recorded");
    }
  }

  public void edit(long id) {
    beforeEdit();
    KnowledgeView shown = register.get(actor(), id);
    editing(shown.id(), shown.version());
    form.fill(shown);
  }

  public void withdraw(KnowledgeView shown) {
    beforeWithdraw();
    register.withdraw(actor(), shown.id(), shown.version());
    withdrawn(shown.id(), "knowledge.withdrawn");
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

  public Pager getPager() {
    return Pager.of(getPage(), "/coordinatie/kennisoverdracht");
  }

  public KnowledgeForm getForm() {
    return form;
  }
}
