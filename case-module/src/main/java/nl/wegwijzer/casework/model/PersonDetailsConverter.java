package nl.wegwijzer.casework.model;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.wegwijzer.casework.crypto.FieldCipher;

/**
 * Stores a signal's {@link PersonDetails} sealed with the casework key, as one {@link Sealed} text:
 * plaintext never reaches the column. The persistence provider creates converters itself, so the
 * cipher is the application's (from CDI), or the one {@link #use} was given where there is no CDI
 * (the database tests).
 */
@Converter
public class PersonDetailsConverter implements AttributeConverter<PersonDetails, String> {

  private static volatile FieldCipher given;

  /** The cipher for converters created outside CDI. */
  public static void use(FieldCipher cipher) {
    given = cipher;
  }

  private static FieldCipher cipher() {
    FieldCipher cipher = given;
    return cipher != null ? cipher : CDI.current().select(FieldCipher.class).get();
  }

  @Override
  public String convertToDatabaseColumn(PersonDetails details) {
    return details == null || details.empty() ? null : cipher().seal(details.text()).value();
  }

  @Override
  public PersonDetails convertToEntityAttribute(String value) {
    return value == null
        ? PersonDetails.NONE
        : PersonDetails.ofText(cipher().open(new Sealed(value)));
  }
}
