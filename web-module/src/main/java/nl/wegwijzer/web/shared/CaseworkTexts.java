package nl.wegwijzer.web.shared;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the coordinators' casework screens and the public signal form (var cmsg). */
public final class CaseworkTexts {

  public static final String BUNDLE = "nl.wegwijzer.web.i18n.casework";

  private CaseworkTexts() {}

  public static ResourceBundle bundle() {
    return ResourceBundle.getBundle(BUNDLE, Labels.locale());
  }

  public static String text(String key, Object... arguments) {
    return Labels.text(bundle(), key, arguments);
  }

  /** The text for a key, or {@code fallback}'s text when the bundle has no such key. */
  public static String textOr(String key, String fallback, Object... arguments) {
    try {
      return text(key, arguments);
    } catch (MissingResourceException missing) {
      return text(fallback, arguments);
    }
  }
}
