package nl.wegwijzer.web.shared;

import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.wegwijzer.casework.bottleneck.PersonalDataException;
import nl.wegwijzer.directory.support.InvalidInputException;

/** The texts of the bottleneck and coverage screens (bundle {@code bottlenecks}, var bmsg). */
public final class BottleneckTexts {

  public static final String BUNDLE = "nl.wegwijzer.web.i18n.bottlenecks";

  private BottleneckTexts() {}

  public static String text(String key, Object... arguments) {
    return Labels.text(ResourceBundle.getBundle(BUNDLE, Labels.locale()), key, arguments);
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
