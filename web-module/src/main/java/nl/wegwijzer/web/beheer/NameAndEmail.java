package nl.wegwijzer.web.beheer;

import java.io.Serializable;

/**
 * A user's first and last name and e-mail address as typed into a form (a new user, a user's
 * details); the service checks them.
 */
public class NameAndEmail implements Serializable {

  private static final long serialVersionUID = 1L;

  private String firstName;
  private String lastName;
  private String email;

  public NameAndEmail() {}

  public NameAndEmail(String firstName, String lastName, String email) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
