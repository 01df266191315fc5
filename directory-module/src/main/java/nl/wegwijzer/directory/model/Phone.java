package nl.wegwijzer.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A phone line of an organisation; some are staffed day and night. */
@Embeddable
public class Phone {

  @Column(nullable = false, length = 40)
  private String number;

  @Column(nullable = false, length = 80)
  private String label;

  @Column(name = "available_24x7", nullable = false)
  private boolean available24x7;

  protected Phone() {}

  public Phone(String number, String label, boolean available24x7) {
    this.number = Text.required(number, "phone", 40);
    if (!this.number.matches("^[+0-9][0-9 ()-]{5,39}$")) {
      throw new nl.wegwijzer.directory.support.InvalidInputException(
          "phone", "'" + number + "' is not a phone number");
    }
    this.label = Text.required(label, "phoneLabel", 80);
    this.available24x7 = available24x7;
  }

  public String number() {
    return number;
  }

  public String label() {
    return label;
  }

  public boolean available24x7() {
    return available24x7;
  }
}
