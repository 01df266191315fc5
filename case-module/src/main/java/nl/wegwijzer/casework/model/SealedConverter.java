package nl.wegwijzer.casework.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Sealed} value as its text. */
@Converter(autoApply = true)
public class SealedConverter implements AttributeConverter<Sealed, String> {

  @Override
  public String convertToDatabaseColumn(Sealed sealed) {
    return sealed == null ? null : sealed.value();
  }

  @Override
  public Sealed convertToEntityAttribute(String value) {
    return value == null ? null : new Sealed(value);
  }
}
