package nl.wegwijzer.web.security;

import java.security.SecureRandom;

/**
 * Generated one-time passwords for a reset: 16 random characters (about 93 bits) in four groups,
 * without the look-alikes 0/O, 1/l/I, so that it can be read out or typed over. Keycloak's password
 * policy (12 characters or more, not the user name or e-mail address) always accepts it.
 */
final class TemporaryPasswords {

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {}

  static String generate() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
