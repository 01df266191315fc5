package nl.wegwijzer.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A four-digit postcode area (PC4) and the municipality it lies in. */
@Entity
@Table(name = "postcode_area", schema = "directory")
@NamedQuery(
    name = "PostcodeArea.withMunicipality",
    query =
        "select p from PostcodeArea p join fetch p.municipality m join fetch m.region"
            + " where p.pc4 = :pc4")
public class PostcodeArea {

  private static final Pattern POSTCODE = Pattern.compile("^([1-9]\\d{3})\\s?([A-Z]{2})?$");

  @Id
  @Column(length = 4)
  private String pc4;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id", nullable = false)
  private Municipality municipality;

  protected PostcodeArea() {}

  public PostcodeArea(String pc4, Municipality municipality) {
    this.pc4 = pc4Of(pc4).orElseThrow(() -> new IllegalArgumentException("not a PC4: " + pc4));
    this.municipality = Objects.requireNonNull(municipality, "municipality");
  }

  /**
   * The four digits of a Dutch postcode as people type it: '4331', '4331AB', '4331 ab'. Empty when
   * it is not a postcode.
   */
  public static Optional<String> pc4Of(String input) {
    if (input == null) {
      return Optional.empty();
    }
    Matcher matcher = POSTCODE.matcher(input.strip().toUpperCase(Locale.ROOT));
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  public String pc4() {
    return pc4;
  }

  public Municipality municipality() {
    return municipality;
  }
}
