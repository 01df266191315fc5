package nl.wegwijzer.web.shared;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the coordinators' casework screens and the public signal form (var cmsg). */
public final class CaseworkTexts {

  public static final String BUNDLE = "nl.wegwijzer.web.i18n.casework";

  private CaseworkTexts() {}

  public static ResourceBundle bundle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale =
        context == null || context.getViewRoot() == null
            ? Locale.forLanguageTag("nl")
            : context.getViewRoot().getLocale();
    return ResourceBundle.getBundle(BUNDLE, locale);
  }

  public static String text(String key, Object... arguments) {
    String pattern = bundle().getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, Locale.forLanguageTag("nl")).format(arguments);
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
