package nl.wegwijzer.casework.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.wegwijzer.casework.model.RegisterEntry;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A partner in a region's network: an organisation (one of the directory's, or a free name) and,
 * optionally, the person the coordinators call there. Shared by all coordinators of the region; the
 * contact person is a professional's personal data, so the service shows it to that region only.
 */
@Entity
@Table(name = "partner", schema = "casework")
@NamedQuery(
    name = "Partner.inRegion",
    query =
        "select p from Partner p where p.region.code = :region and (:text = ''"
            + " or lower(p.organisationName) like :text or lower(p.contactName) like :text"
            + " or lower(p.role) like :text)"
            + " order by lower(p.organisationName), p.id")
@NamedQuery(
    name = "Partner.countInRegion",
    query =
        "select count(p) from Partner p where p.region.code = :region and (:text = ''"
            + " or lower(p.organisationName) like :text or lower(p.contactName) like :text"
            + " or lower(p.role) like :text)")
public class Partner extends RegisterEntry<Partner.PartnerDetails> {

  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_PHONE_LENGTH = 40;
  public static final int MAX_EMAIL_LENGTH = 254;
  public static final int MAX_AGREEMENTS_LENGTH = 2000;

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,38}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "organisation_name", nullable = false, length = MAX_NAME_LENGTH)
  private String organisationName;

  @Column(name = "contact_name", length = MAX_NAME_LENGTH)
  private String contactName;

  @Column(length = MAX_NAME_LENGTH)
  private String role;

  @Column(length = MAX_PHONE_LENGTH)
  private String phone;

  @Column(length = MAX_EMAIL_LENGTH)
  private String email;

  @Column(name = "last_contact")
  private LocalDate lastContact;

  @Column(length = MAX_AGREEMENTS_LENGTH)
  private String agreements;

  protected Partner() {}

  public Partner(Region region, PartnerDetails details, String recordedBy) {
    super(region, recordedBy);
    describe(details);
  }

  @Override
  protected void describe(PartnerDetails details) {
    PartnerEntry typed = Objects.requireNonNull(details, "details").typed();
    this.organisation = details.organisation();
    this.organisationName =
        organisation != null
            ? organisation.name()
            : Text.required(typed.organisationName(), "organisation", MAX_NAME_LENGTH);
    this.contactName = Text.optional(typed.contactName(), "contactName", MAX_NAME_LENGTH);
    this.role = Text.optional(typed.role(), "role", MAX_NAME_LENGTH);
    this.phone = checked(typed.phone(), "phone", MAX_PHONE_LENGTH, PHONE);
    this.email = checked(typed.email(), "email", MAX_EMAIL_LENGTH, EMAIL);
    if (email != null) {
      email = email.toLowerCase(Locale.ROOT);
    }
    this.lastContact = typed.lastContact();
    this.agreements = Text.optional(typed.agreements(), "agreements", MAX_AGREEMENTS_LENGTH);
  }

  @Override
  protected String subject() {
    return "partner";
  }

  private static String checked(String value, String field, int maxLength, Pattern format) {
    String text = Text.optional(value, field, maxLength);
    if (text != null && !format.matcher(text).matches()) {
      throw new InvalidInputException(field, "is not well-formed");
    }
    return text;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String organisationName() {
    return organisationName;
  }

  public String contactName() {
    return contactName;
  }

  public String role() {
    return role;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public LocalDate lastContact() {
    return lastContact;
  }

  public String agreements() {
    return agreements;
  }

  /**
   * What a partner is, once its organisation is resolved: a directory organisation (its name is
   * taken) or, when that is null, the free name typed; the typed region is the service's.
   */
  public record PartnerDetails(Organisation organisation, PartnerEntry typed) {}
}
