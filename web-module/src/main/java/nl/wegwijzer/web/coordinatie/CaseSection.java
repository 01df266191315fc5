package nl.wegwijzer.web.coordinatie;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of a case page, each at its own URL under /coordinatie/zaken/{number}: the overview
 * at the case's own address, the others at /{path}. A form posts back to the address of its
 * section, so after an action the page comes back there.
 */
public enum CaseSection {
  OVERVIEW(""),
  SIGNALS("signalen"),
  REFERRALS("verwijzingen"),
  TASKS("taken"),
  CONTACTS("contacten"),
  TIMELINE("tijdlijn"),
  ACCESS_LOG("logboek");

  private final String path;

  CaseSection(String path) {
    this.path = path;
  }

  /** The part of the URL after the case number; empty for the overview. */
  public String path() {
    return path;
  }

  /** The key of the section's name in the casework texts. */
  public String textKey() {
    return "case.section." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The paths of the sections other than the overview, for the routes. */
  public static String[] subPaths() {
    return Arrays.stream(values())
        .filter(s -> !s.path.isEmpty())
        .map(CaseSection::path)
        .toArray(String[]::new);
  }

  /** The section at a path; the overview for none, empty for an unknown one. */
  public static Optional<CaseSection> ofPath(String path) {
    String wanted = path == null ? "" : path;
    return Arrays.stream(values()).filter(s -> s.path.equals(wanted)).findFirst();
  }
}
