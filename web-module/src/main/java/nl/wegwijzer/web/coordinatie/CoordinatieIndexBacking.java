package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wegwijzer.casework.model.SignalStatus;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.ReferralService;
import nl.wegwijzer.casework.service.SignalQuery;
import nl.wegwijzer.casework.service.SignalService;
import nl.wegwijzer.casework.service.SignalSummary;
import nl.wegwijzer.casework.service.WorkItem;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * /coordinatie: what needs the coordinator now: the worklist of due and overdue tasks and deadlines
 * (with referrals waiting too long for an answer), the inbox of signals from the public form with
 * how long each has waited, and the drafts still to finish.
 */
@Named
@RequestScoped
public class CoordinatieIndexBacking {

  static final int SHOWN = 10;

  @Inject CaseService cases;
  @Inject ReferralService referrals;
  @Inject SignalService signals;
  @Inject CurrentActor current;

  private List<WorkItem> worklist;
  private Page<SignalSummary> inbox;
  private Page<SignalSummary> drafts;

  public List<WorkItem> getWorklist() {
    if (worklist == null) {
      worklist =
          WorkItem.merged(
              cases.worklist(current.actor()), referrals.waitingForAnswer(current.actor()));
    }
    return worklist;
  }

  /** The user name of the one reading the page, whose own tasks the worklist calls theirs. */
  public String getMe() {
    return current.actor().username();
  }

  public Page<SignalSummary> getInbox() {
    if (inbox == null) {
      inbox = byStatus(SignalStatus.RECEIVED, "inbox");
    }
    return inbox;
  }

  public Page<SignalSummary> getDrafts() {
    if (drafts == null) {
      drafts = byStatus(SignalStatus.DRAFT, "drafts");
    }
    return drafts;
  }

  private Page<SignalSummary> byStatus(SignalStatus status, String purpose) {
    return signals.list(
        current.actor(),
        new SignalQuery(status, null, null, null, null),
        PageRequest.first(SHOWN),
        purpose);
  }
}
