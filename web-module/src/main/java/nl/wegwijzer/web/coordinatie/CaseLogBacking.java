package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wegwijzer.casework.service.AccessLogLine;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.directory.support.Page;

/**
 * The access log section of a case page (/coordinatie/zaken/{number}/logboek): read, and its
 * reading logged, only there; the lines that say someone read the log are left out unless asked
 * for, so that looking at the log does not fill it.
 */
@Named
@ViewScoped
public class CaseLogBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CaseService cases;
  @Inject transient CurrentActor current;
  @Inject transient CaseStory story;
  @Inject CaseBacking caseBacking;

  private final CaseAccessLog log = new CaseAccessLog();

  /** Runs after {@link CaseBacking#load}, which found the case and its section. */
  public void load() {
    if (caseBacking.getSection() == CaseSection.ACCESS_LOG) {
      log.read(cases, current.actor(), number());
    }
  }

  public void turnTo(int page) {
    log.turnTo(page, cases, current.actor(), number());
  }

  /** Shows or hides the lines that say someone read the access log. */
  public void toggleReading() {
    log.toggleReading(cases, current.actor(), number());
  }

  public boolean isWithReading() {
    return log.withReading();
  }

  public Page<AccessLogLine> getPage() {
    return log.page();
  }

  public List<CaseStory.LogLine> getLines() {
    return story.log(log.page().items());
  }

  private String number() {
    return caseBacking.getCase().number();
  }
}
