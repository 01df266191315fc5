package nl.wegwijzer.casework.bottleneck;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import nl.wegwijzer.directory.support.InvalidInputException;

/** A free-text field holds something that looks like personal data; nothing was saved. */
@ApplicationException(rollback = true)
public class PersonalDataException extends InvalidInputException {

  private final PersonalData.Kind kind;

  public PersonalDataException(String field, PersonalData.Kind kind) {
    super(
        field,
        "looks like it contains personal data ("
            + kind.name().toLowerCase(Locale.ROOT)
            + "); leave it out");
    this.kind = kind;
  }

  public PersonalData.Kind kind() {
    return kind;
  }
}
