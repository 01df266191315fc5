package nl.wegwijzer.web.shared;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.wegwijzer.casework.bottleneck.PersonalDataException;
import nl.wegwijzer.directory.support.InvalidInputException;

/** The texts of the bottleneck and coverage screens (bundle {@code bottlenecks}, var bmsg). */
public final class BottleneckTexts {

  public static final String BUNDLE = "nl.wegwijzer.web.i18n.bottlenecks";

  private BottleneckTexts() {}

  public static String text(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale =
        context == null ? Locale.forLanguageTag("nl") : context.getViewRoot().getLocale();
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * A Dutch message for invalid input on a bottleneck screen: what kind of personal data was found,
   * or what is wrong with the field. {@code prefix} picks the screen's keys.
   */
  public static String invalid(String prefix, InvalidInputException problem, Object... arguments) {
    if (problem instanceof PersonalDataException personal) {
      return text("bottleneck.personal." + personal.kind().name());
    }
    try {
      return text(prefix + problem.field(), arguments);
    } catch (MissingResourceException noMessage) {
      return Labels.text("problem.invalid", problem.field());
    }
  }
}
