package nl.wegwijzer.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijzer.web.shared.PhoneLinks;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * No dead ends: from the home page every link is followed through every public page, in Dutch and
 * in English (the language the site keeps in its cookie after {@code ?lang=en}), and through every
 * staff page of each role, logged in through Keycloak. Any internal link that answers 404 or a
 * server error fails the test, named by the page it is on and the link; so does a public page with
 * a phone number that is not a {@code tel:} link, a staff page without breadcrumbs, and any page
 * showing a screen text gone wrong (a missing key as {@code ???key???}, an apostrophe doubled for
 * MessageFormat where none formats: {@link RawTexts}).
 */
@ResourceLock(value = Lanes.PUBLIC_SITE, mode = ResourceAccessMode.READ)
@Order(Lanes.BEFORE_THE_WRITERS)
@ExtendWith(RunningApp.class)
class DeadLinksIT {

  private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]*)\"");
  private static final Pattern HTML_LANG = Pattern.compile("<html[^>]* lang=\"([a-z]+)\"");

  /** The nav that w:breadcrumbs writes. */
  private static final Pattern BREADCRUMBS = Pattern.compile("<nav [^>]*class=\"breadcrumbs\"");

  /** The editors' preview shows a public page as it will look, with that page's own breadcrumbs. */
  private static final String PREVIEW = "/redactie/voorbeeld/";

  /**
   * Every public page is read; where one view shows many items the walk takes samples: of one page
   * the first two query strings (filters, pages, places), and on the staff side of the pages below
   * one path (the municipalities under /redactie/gemeenteregio, the versions of each item) the
   * first twelve. Every view and every kind of link is met that way in a few minutes; a dead link
   * in the text of one item is what the editors' link check (/redactie/links) finds.
   */
  private static final int STAFF_CHILDREN_PER_PATH = 12;

  private static final int QUERIES_PER_PATH = 2;

  /** Links that end the session or leave for Keycloak: checked by the login tests, not here. */
  private static final List<String> NOT_FOLLOWED = List.of("/uitloggen", "/inloggen");

  @Test
  void everyPublicLinkInDutchLeadsSomewhere() {
    Crawl crawl = new Crawl(Keycloak.Session.anonymous(), "nl", path -> true, Integer.MAX_VALUE);
    crawl.from("/");
    crawl.assertNoDeadLinks();
  }

  @Test
  void everyPublicLinkInEnglishLeadsSomewhereAndStaysEnglish() {
    Crawl crawl = new Crawl(Keycloak.Session.anonymous(), "en", path -> true, Integer.MAX_VALUE);
    crawl.from("/?lang=en");
    crawl.assertNoDeadLinks();
  }

  @Test
  void everyLinkOnTheEditorsPagesLeadsSomewhere() {
    staff("editor-a", "/redactie");
  }

  @Test
  void everyLinkOnTheCoordinatorsPagesLeadsSomewhere() {
    staff("coordinator-zeeland", "/coordinatie");
  }

  @Test
  void everyLinkOnTheAdministratorsPagesLeadsSomewhere() {
    staff("admin", "/beheer");
  }

  /** The pages of a role's area are read; links from there to elsewhere are only answered. */
  private static void staff(String user, String area) {
    Crawl crawl =
        new Crawl(
            Keycloak.Session.loggedIn(user, area),
            null,
            path -> path.equals(area) || path.startsWith(area + "/"),
            STAFF_CHILDREN_PER_PATH);
    crawl.from(area);
    crawl.assertNoDeadLinks();
  }

  /** One walk through the site in one session. */
  private static final class Crawl {
    private final Keycloak.Session session;
    private final String language;
    private final Predicate<String> read;
    private final int childrenPerPath;
    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, Integer> queriesOfPath = new HashMap<>();
    private final Map<String, Integer> childrenOfPath = new HashMap<>();
    private final Set<String> paths = new java.util.HashSet<>();
    private final Queue<String[]> queue = new ArrayDeque<>();
    private final List<String> dead = new ArrayList<>();
    private final List<String> notInLanguage = new ArrayList<>();
    private final List<String> phonesNotLinked = new ArrayList<>();
    private final List<String> rawTexts = new ArrayList<>();
    private final List<String> withoutBreadcrumbs = new ArrayList<>();

    /**
     * @param language the language every page read must be in, or null for the staff pages
     * @param read whether a page's own links are followed, by its path
     * @param childrenPerPath how many pages below one path are taken
     */
    Crawl(Keycloak.Session session, String language, Predicate<String> read, int childrenPerPath) {
      this.session = session;
      this.language = language;
      this.read = read;
      this.childrenPerPath = childrenPerPath;
    }

    void from(String start) {
      queue.add(new String[] {"(start)", start});
      seen.add(start);
      while (!queue.isEmpty()) {
        String[] next = queue.remove();
        visit(next[0], next[1]);
      }
    }

    private void visit(String source, String target) {
      // A link that switches the language would switch the whole walk: it is answered in a
      // session of its own.
      boolean switchesLanguage = target.matches(".*[?&]lang=.*") && !source.equals("(start)");
      Keycloak.Session asker = switchesLanguage ? Keycloak.Session.anonymous() : session;
      String url = RunningApp.baseUrl() + target;
      HttpResponse<String> answer = answer(asker, url);
      for (int hop = 0; answer != null && hop < 5 && answer.statusCode() / 100 == 3; hop++) {
        URI location = URI.create(url).resolve(answer.headers().firstValue("location").orElse(""));
        if (!location.toString().startsWith(RunningApp.baseUrl())) {
          return;
        }
        url = location.toString();
        answer = answer(asker, url);
      }
      if (answer == null) {
        dead.add(source + " → " + target + " (no answer)");
        return;
      }
      int status = answer.statusCode();
      if (status == 404 || status >= 500) {
        dead.add(source + " → " + target + " (" + status + ")");
        return;
      }
      String path = URI.create(url).getPath();
      boolean html = answer.headers().firstValue("content-type").orElse("").startsWith("text/html");
      if (status != 200 || !html || switchesLanguage || !read.test(path)) {
        return;
      }
      if (language != null) {
        Matcher lang = HTML_LANG.matcher(answer.body());
        if (!lang.find() || !lang.group(1).equals(language)) {
          notInLanguage.add(target);
        }
        if (!PhoneLinks.linked(answer.body()).equals(answer.body())) {
          phonesNotLinked.add(target);
        }
      } else if (!path.startsWith(PREVIEW) && !BREADCRUMBS.matcher(answer.body()).find()) {
        withoutBreadcrumbs.add(target);
      }
      RawTexts.in(answer.body()).forEach(raw -> rawTexts.add(target + ": " + raw));
      Matcher links = HREF.matcher(answer.body());
      while (links.find()) {
        String link = internal(url, links.group(1).replace("&amp;", "&"));
        if (link != null && !seen.contains(link) && follow(link)) {
          seen.add(link);
          queue.add(new String[] {target, link});
        }
      }
    }

    /** The answer to a GET, asked twice when the connection broke; null when it broke twice. */
    private static HttpResponse<String> answer(Keycloak.Session asker, String url) {
      for (int attempt = 0; attempt < 2; attempt++) {
        try {
          return asker.get(url);
        } catch (java.io.UncheckedIOException broken) {
          System.out.println("DeadLinksIT: " + url + ": " + broken.getMessage());
        }
      }
      return null;
    }

    /** The link as a path and query on this site, or null when it leads elsewhere. */
    private static String internal(String page, String href) {
      if (href.isEmpty() || href.startsWith("#") || href.matches("^[a-z]+:(?!//).*")) {
        return null;
      }
      URI link;
      try {
        link = URI.create(page).resolve(href.replace(" ", "%20"));
      } catch (IllegalArgumentException notAnAddress) {
        return null;
      }
      URI base = URI.create(RunningApp.baseUrl());
      if (!base.getAuthority().equals(link.getRawAuthority())) {
        return null;
      }
      return link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
    }

    /** Whether a link not met before is taken: see {@link #STAFF_CHILDREN_PER_PATH}. */
    private boolean follow(String link) {
      String path = link.replaceAll("\\?.*$", "");
      if (NOT_FOLLOWED.stream().anyMatch(path::startsWith)) {
        return false;
      }
      if (link.contains("?")) {
        return queriesOfPath.merge(path, 1, Integer::sum) <= QUERIES_PER_PATH;
      }
      String parent = path.substring(0, Math.max(0, path.lastIndexOf('/')));
      return !paths.add(path)
          || parent.isEmpty()
          || childrenOfPath.merge(parent, 1, Integer::sum) <= childrenPerPath;
    }

    void assertNoDeadLinks() {
      System.out.println(
          "DeadLinksIT: "
              + seen.size()
              + " links answered"
              + (language == null ? "" : " in " + language));
      assertTrue(dead.isEmpty(), "dead links, page → link:\n" + String.join("\n", dead));
      assertTrue(
          phonesNotLinked.isEmpty(),
          "phone numbers that are no tel: link on:\n" + String.join("\n", phonesNotLinked));
      assertTrue(
          withoutBreadcrumbs.isEmpty(),
          "staff pages without breadcrumbs:\n" + String.join("\n", withoutBreadcrumbs));
      assertTrue(
          notInLanguage.isEmpty(),
          "pages not in " + language + ":\n" + String.join("\n", notInLanguage));
      assertTrue(
          rawTexts.isEmpty(),
          "screen texts gone wrong, page: text\n" + String.join("\n", rawTexts));
      assertTrue(seen.size() > 20, "the walk reached " + seen.size() + " links only: " + seen);
    }
  }
}
