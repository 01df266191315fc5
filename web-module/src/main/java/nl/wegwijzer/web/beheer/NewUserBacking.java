package nl.wegwijzer.web.beheer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.security.KeycloakUsers.UserDetails;
import nl.wegwijzer.web.security.NewUser;
import nl.wegwijzer.web.security.UserAdminException;
import nl.wegwijzer.web.security.UserAdministration;

/** /beheer/gebruikers/nieuw: a new user with a temporary password. */
@Named
@RequestScoped
public class NewUserBacking {

  @Inject UserAdministration users;

  private String userName;
  private final NameAndEmail person = new NameAndEmail();
  private String password;
  private String problem;
  private String problemField;

  /** Creates the user and shows it; a refusal is a message on the form. */
  public void create() throws IOException {
    try {
      UserDetails created =
          users.create(
              new NewUser(
                  userName,
                  person.getFirstName(),
                  person.getLastName(),
                  person.getEmail(),
                  password));
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(
          external.getRequestContextPath()
              + "/beheer/gebruikers/"
              + URLEncoder.encode(created.userName(), StandardCharsets.UTF_8)
              + "?aangemaakt=1");
    } catch (UserAdminException | InvalidInputException e) {
      problem = BeheerProblems.describe(e);
      problemField = BeheerProblems.field(e);
    }
  }

  public boolean invalid(String field) {
    return field.equals(problemField);
  }

  public int getMinPasswordLength() {
    return UserAdministration.MIN_PASSWORD_LENGTH;
  }

  public String getProblem() {
    return problem;
  }

  public String getProblemField() {
    return problemField;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public NameAndEmail getPerson() {
    return person;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
