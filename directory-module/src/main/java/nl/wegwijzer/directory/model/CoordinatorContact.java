package nl.wegwijzer.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How to reach a care coordinator: the organisation that employs them, a name and its lines. */
@Embeddable
public class CoordinatorContact {

  @Column(nullable = false, length = 200)
  private String organisation;

  @Column(name = "contact_name", length = 200)
  private String name;

  @Column(nullable = false, length = 40)
  private String phone;

  @Column(length = 200)
  private String email;

  @Column(length = 300)
  private String website;

  protected CoordinatorContact() {}

  public CoordinatorContact(
      String organisation, String name, String phone, String email, String website) {
    this.organisation = Text.required(organisation, "organisation", 200);
    this.name = Text.optional(name, "contactName", 200);
    this.phone = Text.required(phone, "phone", 40);
    this.email = Text.optional(email, "email", 200);
    this.website = Text.optional(website, "website", 300);
  }

  public String organisation() {
    return organisation;
  }

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public String website() {
    return website;
  }
}
