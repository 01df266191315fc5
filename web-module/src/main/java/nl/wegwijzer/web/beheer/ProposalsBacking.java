package nl.wegwijzer.web.beheer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.security.GrantProposalView;
import nl.wegwijzer.web.security.UserAdministration;
import nl.wegwijzer.web.shared.Labels;
import nl.wegwijzer.web.shared.Pager;

/**
 * /beheer/voorstellen: the open proposals of privileged grants; another administrator approves or
 * refuses one (each after a confirmation), the proposer can withdraw it.
 */
@Named
@ViewScoped
public class ProposalsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;

  @Inject transient UserAdministration users;
  @Inject transient CurrentUser currentUser;

  private int pageNumber = 1;
  private Page<GrantProposalView> page = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private Long confirmingApprove;
  private Long confirmingRefuse;
  private String reason;
  private String notice;
  private String problem;

  public void load() {
    page = users.openProposals(new PageRequest(Math.max(1, pageNumber), PAGE_SIZE));
  }

  /** The first click on "approve" or "refuse" only asks to confirm. */
  public void askApprove(GrantProposalView proposal) {
    clear();
    confirmingApprove = proposal.id();
  }

  public void askRefuse(GrantProposalView proposal) {
    clear();
    confirmingRefuse = proposal.id();
  }

  public void cancel() {
    clear();
  }

  public void approve(GrantProposalView proposal) {
    decide(() -> users.approve(proposal.id(), proposal.version()), "beheer.proposal.approved");
  }

  public void refuse(GrantProposalView proposal) {
    decide(
        () -> users.refuse(proposal.id(), proposal.version(), reason), "beheer.proposal.refused");
  }

  public void withdraw(GrantProposalView proposal) {
    decide(() -> users.withdraw(proposal.id(), proposal.version()), "beheer.proposal.withdrawn");
  }

  private void decide(Runnable action, String doneKey) {
    clear();
    BeheerProblems.Refusal refusal = BeheerProblems.refusal(action);
    if (refusal == null) {
      notice = Labels.text(doneKey);
    } else {
      problem = refusal.message();
    }
    load();
  }

  private void clear() {
    confirmingApprove = null;
    confirmingRefuse = null;
    notice = null;
    problem = null;
  }

  /** The proposer withdraws; everyone else decides. */
  public boolean isOwn(GrantProposalView proposal) {
    return proposal.proposedBy().equals(currentUser.getName());
  }

  public boolean confirmingApprove(GrantProposalView proposal) {
    return Long.valueOf(proposal.id()).equals(confirmingApprove);
  }

  public boolean confirmingRefuse(GrantProposalView proposal) {
    return Long.valueOf(proposal.id()).equals(confirmingRefuse);
  }

  public Page<GrantProposalView> getPage() {
    return page;
  }

  public Pager getPager() {
    return Pager.of(page, "/beheer/voorstellen");
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public void setPageNumber(int pageNumber) {
    this.pageNumber = pageNumber;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }
}
