package nl.wegwijzer.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** How to reach a care coordinator: the organisation that employs them and its lines. */
@Embeddable
public class CoordinatorContact {

  @Enumerated(EnumType.STRING)
  @Column(name = "applies_to", nullable = false, length = 20)
  private CoordinatorScope appliesTo;

  @Column(nullable = false, length = 200)
  private String organisation;

  @Column(nullable = false, length = 40)
  private String phone;

  @Column(length = 200)
  private String email;

  @Column(length = 300)
  private String website;

  protected CoordinatorContact() {}

  public CoordinatorContact(
      CoordinatorScope appliesTo, String organisation, String phone, String email, String website) {
    this.appliesTo = Objects.requireNonNull(appliesTo, "appliesTo");
    this.organisation = Text.required(organisation, "organisation", 200);
    this.phone = Text.required(phone, "phone", 40);
    this.email = Text.optional(email, "email", 200);
    this.website = Text.optional(website, "website", 300);
  }

  public CoordinatorScope appliesTo() {
    return appliesTo;
  }

  public String organisation() {
    return organisation;
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
