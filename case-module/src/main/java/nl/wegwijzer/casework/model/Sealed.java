package nl.wegwijzer.casework.model;

import java.util.Objects;

/**
 * A value encrypted by the application, as stored: {@code keyid:base64(iv || ciphertext)}. Entities
 * hold personal free text only in this form, so plaintext cannot reach a column by mistake; {@link
 * nl.wegwijzer.casework.crypto.FieldCipher} seals and opens it.
 */
public record Sealed(String value) {

  public Sealed {
    Objects.requireNonNull(value, "value");
    if (value.indexOf(':') < 1) {
      throw new IllegalArgumentException("a sealed value starts with its key id");
    }
  }

  public String keyId() {
    return value.substring(0, value.indexOf(':'));
  }

  @Override
  public String toString() {
    return "Sealed[" + keyId() + "]";
  }
}
