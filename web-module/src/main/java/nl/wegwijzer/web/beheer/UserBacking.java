package nl.wegwijzer.web.beheer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.wegwijzer.web.security.GrantProposalView;
import nl.wegwijzer.web.security.KeycloakUsers.UserDetails;
import nl.wegwijzer.web.security.KeycloakUsers.UserStatus;
import nl.wegwijzer.web.security.UserAdminException;
import nl.wegwijzer.web.security.UserAdministration;
import nl.wegwijzer.web.security.UserAdministration.UserChange;
import nl.wegwijzer.web.shared.Labels;

/**
 * /beheer/gebruikers/{user}: one user; name and e-mail address, enable or disable (after a
 * confirmation), unlock, a new temporary password (after a confirmation), roles and regions, and
 * the grants proposed for the user that wait for a second administrator.
 */
@Named
@ViewScoped
public class UserBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The request attribute with a password just generated (user.xhtml shows it once). */
  static final String NEW_PASSWORD = "newPassword";

  @Inject transient UserAdministration users;

  private String userName;
  private UserDetails user;
  private final GrantsForm grants = new GrantsForm();
  private List<GrantProposalView> proposals = List.of();
  private UserStatus status;
  private NameAndEmail person = new NameAndEmail();
  private boolean confirmingReset;
  private String problemField;
  private boolean confirmingDisable;
  private String notice;
  private String problem;

  public void load() throws IOException {
    try {
      show(users.user(userName));
    } catch (UserAdminException e) {
      problem = BeheerProblems.describe(e);
    }
  }

  private void show(UserDetails details) {
    user = details;
    grants.fill(details);
    proposals = users.openProposalsFor(details);
    status = users.status(details);
    person = new NameAndEmail(details.firstName(), details.lastName(), details.email());
  }

  /** The first click on "disable" only asks to confirm. */
  public void askDisable() {
    confirmingDisable = true;
    notice = null;
    problem = null;
  }

  public void cancelDisable() {
    confirmingDisable = false;
  }

  public void disable() {
    change(() -> users.setEnabled(user.userName(), false), "beheer.user.disabled");
    confirmingDisable = false;
  }

  public void enable() {
    change(() -> users.setEnabled(user.userName(), true), "beheer.user.enabled");
  }

  public void saveRoles() {
    granting(() -> users.setRoles(user.userName(), grants.getRoles()), "beheer.user.rolesSaved");
  }

  public void saveRegions() {
    granting(
        () -> users.setRegions(user.userName(), grants.getRegions()), "beheer.user.regionsSaved");
  }

  /** A refused change keeps what was typed, beside the message. */
  public void saveDetails() {
    NameAndEmail typed = person;
    change(
        () ->
            users.updateDetails(
                user.userName(), typed.getFirstName(), typed.getLastName(), typed.getEmail()),
        "beheer.user.detailsSaved");
    if (problem != null) {
      person = typed;
    }
  }

  public void unlock() {
    change(
        () -> {
          users.unlock(user.userName());
          return users.user(user.userName());
        },
        "beheer.user.unlocked");
  }

  /** The first click on "new temporary password" only asks to confirm. */
  public void askReset() {
    confirmingReset = true;
    notice = null;
    problem = null;
  }

  public void cancelReset() {
    confirmingReset = false;
  }

  /**
   * Sets a generated temporary password and shows it in this response only: it goes into the
   * request, never into this view's state in the session.
   */
  public void resetPassword() {
    confirmingReset = false;
    change(
        () -> {
          String password = users.resetPassword(user.userName());
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestMap()
              .put(NEW_PASSWORD, password);
          return users.user(user.userName());
        },
        "beheer.user.passwordReset");
  }

  /** The proposer takes back one of the user's open proposals. */
  public void withdraw(GrantProposalView proposal) {
    change(
        () -> {
          users.withdraw(proposal.id(), proposal.version());
          return users.user(user.userName());
        },
        "beheer.proposal.withdrawn");
  }

  /** A change of roles or regions: what needs a second administrator says so. */
  private void granting(Supplier<UserChange> action, String doneKey) {
    List<GrantProposalView> proposedNow = new ArrayList<>();
    change(
        () -> {
          UserChange done = action.get();
          proposedNow.addAll(done.proposed());
          return done.user();
        },
        doneKey);
    if (!proposedNow.isEmpty()) {
      notice = Labels.text("beheer.user.proposed");
    }
  }

  private void change(Supplier<UserDetails> action, String doneKey) {
    notice = null;
    BeheerProblems.Refusal refusal = BeheerProblems.refusal(() -> show(action.get()));
    problem = refusal == null ? null : refusal.message();
    problemField = refusal == null ? null : refusal.field();
    if (problem == null) {
      notice = Labels.text(doneKey);
    } else {
      try {
        show(users.user(user.userName()));
      } catch (RuntimeException stillFailing) {
        // keep what was shown
      }
    }
  }

  public List<String> getRoleOptions() {
    return UserAdministration.ROLES;
  }

  public boolean invalid(String field) {
    return field.equals(problemField);
  }

  public UserStatus getStatus() {
    return status;
  }

  public NameAndEmail getPerson() {
    return person;
  }

  public boolean isConfirmingReset() {
    return confirmingReset;
  }

  public List<GrantProposalView> getProposals() {
    return proposals;
  }

  public UserDetails getUser() {
    return user;
  }

  public boolean isMustChangePassword() {
    return user != null && user.requiredActions().contains("UPDATE_PASSWORD");
  }

  public String getEncodedUserName() {
    return userName == null ? "" : URLEncoder.encode(userName, StandardCharsets.UTF_8);
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public GrantsForm getGrants() {
    return grants;
  }

  public boolean isConfirmingDisable() {
    return confirmingDisable;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }
}
