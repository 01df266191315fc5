package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Screen texts that need a little logic: optional keys, formatted counts, lists. */
@Named
@ApplicationScoped
public class Labels {

  public static final String BUNDLE = "nl.wegwijzer.web.i18n.messages";

  public static ResourceBundle bundle() {
    return ResourceBundle.getBundle(BUNDLE, locale());
  }

  /** The language of the page being built; Dutch outside a Faces request. */
  public static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null
        ? Language.DUTCH.locale()
        : context.getViewRoot().getLocale();
  }

  /** The text for a key, formatted with the arguments. */
  public static String text(String key, Object... arguments) {
    return text(bundle(), key, arguments);
  }

  /**
   * The text for a key of one of the screens' bundles, looked up in the page's language; its
   * arguments (counts, choices) are formatted in that language too, so an English page reads
   * "1,234" where a Dutch one reads "1.234".
   */
  public static String text(ResourceBundle bundle, String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
  }

  /** The Dutch name of a language code, or the code itself when we have no name for it. */
  public String language(String code) {
    try {
      return bundle().getString("language." + code);
    } catch (MissingResourceException unknown) {
      return code;
    }
  }

  public String format(String pattern, Object argument) {
    return new MessageFormat(pattern, locale()).format(new Object[] {argument});
  }

  public String format2(String pattern, Object first, Object second) {
    return new MessageFormat(pattern, locale()).format(new Object[] {first, second});
  }

  /** A file size as people read it: '240 kB', '3,1 MB'. */
  public String kilobytes(long bytes) {
    return bytes < 1_000_000
        ? Math.max(1, Math.round(bytes / 1000.0)) + " kB"
        : String.format(locale(), "%.1f MB", bytes / 1_000_000.0);
  }

  /** A day as people read it in the page's language: '7 december 2026', 'December 7, 2026'. */
  public String day(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
  }

  public String join(List<String> items) {
    return items == null ? "" : String.join(", ", items);
  }
}
