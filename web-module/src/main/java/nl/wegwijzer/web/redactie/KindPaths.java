package nl.wegwijzer.web.redactie;

import java.util.Arrays;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;

/** The kinds of guide content by the Dutch path under /redactie that lists them. */
public enum KindPaths {
  STAPPEN(EditorialKind.STEP),
  RECHTEN(EditorialKind.REGULATION),
  INFORMATIE(EditorialKind.INFORMATION_PAGE),
  VERHALEN(EditorialKind.STORY),
  NIEUWS(EditorialKind.NEWS),
  VRAGEN(EditorialKind.FAQ),
  ORGANISATIES(EditorialKind.ORGANISATION),
  DOCUMENTEN(EditorialKind.DOCUMENT),
  SIGNALEN(EditorialKind.INDICATOR_THEME),
  VORMEN(EditorialKind.FORM_PAGE);

  private final EditorialKind kind;

  KindPaths(EditorialKind kind) {
    this.kind = kind;
  }

  public EditorialKind kind() {
    return kind;
  }

  public String path() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<KindPaths> ofPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path().equals(path)).findFirst();
  }

  /** The path of a kind given by its code ('step', 'information-page'). */
  public static String pathOfCode(String code) {
    return Arrays.stream(values())
        .filter(k -> k.kind.code().equals(code))
        .map(KindPaths::path)
        .findFirst()
        .orElseThrow();
  }
}
