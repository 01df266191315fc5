package nl.wegwijzer.content.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where each kind of guide content is on the site: the list it appears in, the address of one item,
 * and its name under {@code /redactie}. The one table that the router, the sitemap, search, the
 * news feed, the editors' previews and their check of internal links all read, so that a section is
 * renamed in one place.
 */
public enum PublicPaths {
  STEP(EditorialKind.STEP, ContentKind.STEP, "stappen", null, Item.UNDER_PHASE),
  REGULATION(EditorialKind.REGULATION, ContentKind.REGULATION, "rechten", "rechten", Item.ARTICLE),
  INFORMATION_PAGE(
      EditorialKind.INFORMATION_PAGE, ContentKind.PAGE, "informatie", "informatie", Item.ARTICLE),
  FORM_PAGE(
      EditorialKind.FORM_PAGE, ContentKind.EXPLOITATION_FORM, "vormen", "vormen", Item.ARTICLE),
  STORY(EditorialKind.STORY, ContentKind.STORY, "verhalen", "verhalen", Item.ARTICLE),
  NEWS(EditorialKind.NEWS, ContentKind.NEWS, "nieuws", "nieuws", Item.ARTICLE),
  FAQ(EditorialKind.FAQ, ContentKind.FAQ, "vragen", "vragen", Item.IN_LIST),
  DOCUMENT(EditorialKind.DOCUMENT, ContentKind.DOCUMENT, "documenten", "documenten", Item.IN_LIST),
  INDICATOR_THEME(
      EditorialKind.INDICATOR_THEME,
      ContentKind.INDICATOR,
      "signalen",
      "signalen-herkennen",
      Item.IN_LIST),
  ORGANISATION(EditorialKind.ORGANISATION, null, "organisaties", "organisaties", Item.PROFILE),
  /** Shown by the coordinator finder, which answers for a place. */
  COORDINATION_POINT(
      EditorialKind.COORDINATION_POINT, null, "coordinatiepunten", "zorgcoordinator", Item.IN_LIST),
  /**
   * Which region, and so which coordination point, a place has: shown by the coordinator finder.
   */
  MUNICIPALITY_REGION(
      EditorialKind.MUNICIPALITY_REGION, null, "gemeenteregio", "zorgcoordinator", Item.IN_LIST),
  /** A word people search with and what it means: it changes what the site search finds. */
  SYNONYM(EditorialKind.SYNONYM, null, "zoektermen", "zoeken", Item.IN_LIST);

  /** The phases of the route; a step's address is under its phase ({@code /signaleren/…}). */
  public static final List<String> PHASES =
      List.of("signaleren", "beschermen", "strafrechtelijk-proces", "compensatie");

  /** Site search, the page a hit without an address of its own leads to. */
  public static final String SEARCH = "/zoeken";

  /** How one item is reached. */
  private enum Item {
    /** {@code /{section}/{slug}}, shown by the article view. */
    ARTICLE,
    /** {@code /{phase}/{slug}}. */
    UNDER_PHASE,
    /** No page of its own: it is shown in its section's list. */
    IN_LIST,
    /** {@code /{section}/{slug}}, the directory's profile page. */
    PROFILE
  }

  private final EditorialKind kind;
  private final ContentKind searchKind;
  private final String editorPath;
  private final String section;
  private final Item item;

  PublicPaths(
      EditorialKind kind, ContentKind searchKind, String editorPath, String section, Item item) {
    this.kind = kind;
    this.searchKind = searchKind;
    this.editorPath = editorPath;
    this.section = section;
    this.item = item;
  }

  public EditorialKind kind() {
    return kind;
  }

  /** The kind's name in the editors' addresses: {@code /redactie/stappen}. */
  public String editorPath() {
    return editorPath;
  }

  /** The public list of the kind ({@code /nieuws}), or null for steps (their list is a phase). */
  public String list() {
    return section == null ? null : "/" + section;
  }

  /** The public section's name ({@code nieuws}), or null for steps. */
  public String section() {
    return section;
  }

  /** The public address of one item; a step's is under its phase, see {@link #step}. */
  public String itemPath(String slug) {
    return switch (item) {
      case ARTICLE, PROFILE -> "/" + section + "/" + slug;
      case IN_LIST -> list();
      case UNDER_PHASE -> throw new IllegalArgumentException("a step's address names its phase");
    };
  }

  /** The page of a phase of the route, with its steps. */
  public static String phase(String phase) {
    return "/" + phase;
  }

  /** The address of a step in a phase. */
  public static String step(String phase, String slug) {
    return phase(phase) + "/" + slug;
  }

  /** Where documents' files are downloaded; a document has no page of its own. */
  private static final String DOWNLOADS = "/api/documents/";

  /** Where a document's file is downloaded. */
  public static String download(String slug) {
    return DOWNLOADS + slug;
  }

  /**
   * The address a search hit leads to: its item's page, a document's file, or else a search for its
   * title.
   *
   * @param section a step's phase (see the search's hits)
   */
  public static String ofHit(ContentKind kind, String slug, String section, String title) {
    if (kind == ContentKind.DOCUMENT) {
      return download(slug);
    }
    return Arrays.stream(values())
        .filter(p -> p.searchKind == kind && p.item != Item.IN_LIST)
        .findFirst()
        .map(p -> p.item == Item.UNDER_PHASE ? step(section, slug) : p.itemPath(slug))
        .orElseGet(() -> SEARCH + "?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
  }

  public static PublicPaths of(EditorialKind kind) {
    return Arrays.stream(values()).filter(p -> p.kind == kind).findFirst().orElseThrow();
  }

  public static Optional<PublicPaths> ofEditorPath(String path) {
    return Arrays.stream(values()).filter(p -> p.editorPath.equals(path)).findFirst();
  }

  /**
   * The kinds shown by the article view, by their section: {@code /rechten/…}, {@code /nieuws/…}.
   */
  public static List<PublicPaths> articles() {
    return Arrays.stream(values()).filter(p -> p.item == Item.ARTICLE).toList();
  }

  /** The kind of article shown under a section ({@code rechten}), if the section has articles. */
  public static Optional<PublicPaths> ofArticleSection(String section) {
    return articles().stream().filter(p -> p.section.equals(section)).findFirst();
  }

  /**
   * The item a site path names when it is the address of one item of the guide or directory ({@code
   * /rechten/x}, {@code /signaleren/y}, {@code /organisaties/z}) or a document's file ({@code
   * /api/documents/h}); empty for other pages.
   */
  public static Optional<Address> parse(String path) {
    if (path.startsWith(DOWNLOADS) && path.indexOf('/', DOWNLOADS.length()) < 0) {
      return Optional.of(new Address(DOCUMENT, null, path.substring(DOWNLOADS.length())));
    }
    String[] parts = path.startsWith("/") ? path.substring(1).split("/") : new String[0];
    if (parts.length != 2) {
      return Optional.empty();
    }
    if (PHASES.contains(parts[0])) {
      return Optional.of(new Address(STEP, parts[0], parts[1]));
    }
    return Arrays.stream(values())
        .filter(p -> (p.item == Item.ARTICLE || p.item == Item.PROFILE))
        .filter(p -> p.section.equals(parts[0]))
        .findFirst()
        .map(p -> new Address(p, null, parts[1]));
  }

  /**
   * The item at an address.
   *
   * @param phase for a step, the phase its address names; else null
   */
  public record Address(PublicPaths paths, String phase, String slug) {}
}
