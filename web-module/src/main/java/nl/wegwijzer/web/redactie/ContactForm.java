package nl.wegwijzer.web.redactie;

import java.io.Serializable;
import nl.wegwijzer.directory.service.CoordinationSetup;
import nl.wegwijzer.directory.service.CoordinatorView;

/**
 * A region's coordinator as typed into the coordinators' form ({@code
 * #{coordinatorsBacking.contacts}}), filled from the stored one and given to the service as set up.
 */
public class ContactForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private String organisation;
  private String phone;
  private String email;
  private String website;

  void fill(CoordinatorView view) {
    organisation = view == null ? null : view.organisation();
    phone = view == null ? null : view.phone();
    email = view == null ? null : view.email();
    website = view == null ? null : view.website();
  }

  CoordinationSetup.Contact toSetup() {
    return new CoordinationSetup.Contact(null, organisation, phone, email, website);
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
