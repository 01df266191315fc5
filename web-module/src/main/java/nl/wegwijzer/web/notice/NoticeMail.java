package nl.wegwijzer.web.notice;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.wegwijzer.casework.notice.NoticeKind;
import nl.wegwijzer.web.shared.BottleneckTexts;

/**
 * The text of a notice: the kind of event, a count, the region's name and a link, in Dutch and then
 * in English. Never anything of a signal or a case: the mail leaves the application.
 */
public record NoticeMail(String subject, String body) {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /**
   * @param baseUrl where the application is reached, without a trailing slash
   */
  public static NoticeMail of(NoticeKind kind, String regionName, long count, String baseUrl) {
    String key = "notice.mail." + kind.code();
    String link = baseUrl + path(kind);
    String settings = baseUrl + "/coordinatie/meldingen";
    return new NoticeMail(
        text(DUTCH, key + ".subject", regionName, count),
        text(DUTCH, key + ".body", regionName, count, link)
            + "\n\n"
            + text(DUTCH, "notice.mail.footer", settings)
            + "\n\n-- \n\n"
            + text(Locale.ENGLISH, key + ".body", regionName, count, link)
            + "\n\n"
            + text(Locale.ENGLISH, "notice.mail.footer", settings)
            + "\n");
  }

  /**
   * Where the coordinator deals with what the notice is about. An offered case is not yet in the
   * receiving region's list of cases: it waits among the transfers on the dashboard.
   */
  private static String path(NoticeKind kind) {
    return switch (kind) {
      case SIGNAL_ARRIVED -> "/coordinatie#inbox";
      case TRANSFER_OFFERED -> "/coordinatie#transfers";
      case DAILY_DIGEST -> "/coordinatie#worklist";
    };
  }

  private static String text(Locale locale, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BottleneckTexts.BUNDLE, locale).getString(key);
    return new MessageFormat(pattern, locale).format(arguments);
  }
}
