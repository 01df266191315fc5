package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import nl.wegwijzer.casework.network.PartnerEntry;
import nl.wegwijzer.casework.network.PartnerView;
import nl.wegwijzer.web.shared.FormDates;

/**
 * A partner as typed on /coordinatie/netwerk ({@code #{networkBacking.form.organisationName}}):
 * empty for a new one or filled from a listed one for its correction, and read into the service's
 * entry for the region shown.
 */
public class PartnerForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String directorySlug;
  private String organisationName;
  private String contactName;
  private String role;
  private String phone;
  private String email;
  private String lastContact;
  private String agreements;

  void clear() {
    fill(
        new PartnerView(
            0, 0, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null));
  }

  void fill(PartnerView shown) {
    directorySlug = shown.directorySlug();
    organisationName = shown.directorySlug() == null ? shown.organisationName() : null;
    contactName = shown.contactName();
    role = shown.role();
    phone = shown.phone();
    email = shown.email();
    lastContact = shown.lastContact() == null ? null : shown.lastContact().toString();
    agreements = shown.agreements();
  }

  PartnerEntry entry(String region) {
    return new PartnerEntry(
        region,
        directorySlug,
        organisationName,
        contactName,
        role,
        phone,
        email,
        FormDates.parse(lastContact, "lastContact"),
        agreements);
  }

  public String getDirectorySlug() {
    return directorySlug;
  }

  public void setDirectorySlug(String directorySlug) {
    this.directorySlug = directorySlug;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
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

  public String getLastContact() {
    return lastContact;
  }

  public void setLastContact(String lastContact) {
    this.lastContact = lastContact;
  }

  public String getAgreements() {
    return agreements;
  }

  public void setAgreements(String agreements) {
    this.agreements = agreements;
  }
}
