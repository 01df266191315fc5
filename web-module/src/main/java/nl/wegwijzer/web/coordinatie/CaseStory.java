package nl.wegwijzer.web.coordinatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wegwijzer.casework.service.AccessLogLine;
import nl.wegwijzer.casework.service.CaseView;
import nl.wegwijzer.casework.service.Colleagues;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * A case's timeline and access log as people read them: names instead of user names, and each event
 * and purpose in words of the page's language instead of its code. What the timeline stores as
 * detail (an organisation's slug, a region code, a date in ISO form) is put in words here.
 */
@Named
@ApplicationScoped
public class CaseStory {

  /** A line as shown: when, who (a name) and what happened, in words. */
  public record Line(OffsetDateTime at, String who, String what) implements Serializable {}

  /** An access-log line as shown: the action and the purpose in words. */
  public record LogLine(
      OffsetDateTime at, String who, String action, String subject, String purpose)
      implements Serializable {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** How {@code RegionMoves} says why a case moved: "municipality moved: old -> new". */
  private static final String MUNICIPALITY_MOVED = "municipality moved: ";

  private static final Pattern RULE = Pattern.compile("\\((.+)\\)\\s*$");

  private Function<String, String> names;
  private Function<String, String> regionNames;

  /** For CDI. */
  protected CaseStory() {}

  @Inject
  CaseStory(Colleagues colleagues, PlaceService places) {
    this(colleagues::nameOf, code -> places.region(code).name());
  }

  /**
   * @param names a person's name by user name
   * @param regionNames a region's name by code
   */
  CaseStory(Function<String, String> names, Function<String, String> regionNames) {
    this.names = names;
    this.regionNames = regionNames;
  }

  public List<Line> timeline(CaseView c) {
    Map<String, String> organisations =
        c.referrals().stream()
            .collect(
                Collectors.toMap(
                    CaseView.ReferralView::organisation,
                    CaseView.ReferralView::organisationName,
                    (a, b) -> a));
    return c.timeline().stream()
        .map(e -> new Line(e.at(), who(e.actor()), event(e.kind(), e.detail(), organisations::get)))
        .toList();
  }

  public List<LogLine> log(List<AccessLogLine> lines) {
    return lines.stream()
        .map(
            l ->
                new LogLine(
                    l.at(),
                    who(l.actor()),
                    CaseworkTexts.text("access." + l.action()),
                    l.subject(),
                    purpose(l.purpose())))
        .toList();
  }

  /** A person's name; a job or the public form by what it is; null: anyone of the region. */
  public String who(String userName) {
    if (userName == null) {
      return CaseworkTexts.text("case.task.anyone");
    }
    return optional("actor." + userName).orElseGet(() -> names.apply(userName));
  }

  /**
   * Whom a task is for as the one reading sees it ({@code reader}, a user name): "me" for
   * themselves, else as {@link #who}.
   */
  public String forWhom(String assignee, String reader) {
    return assignee != null && assignee.equals(reader)
        ? CaseworkTexts.text("worklist.forMe")
        : who(assignee);
  }

  public String regionName(String code) {
    return regionNames.apply(code);
  }

  /**
   * Why, in words. A region move names the regions; a purpose an API client gave in its own words
   * is shown as given.
   */
  String purpose(String purpose) {
    if (purpose.startsWith(MUNICIPALITY_MOVED)) {
      String[] codes = purpose.substring(MUNICIPALITY_MOVED.length()).split("->");
      if (codes.length == 2) {
        return CaseworkTexts.text(
            "purpose.municipality-moved",
            regionNames.apply(codes[0].strip()),
            regionNames.apply(codes[1].strip()));
      }
    }
    return optional("purpose." + purpose).orElse(purpose);
  }

  public String event(String kind, String detail, Function<String, String> organisationNames) {
    String what = CaseworkTexts.text("event." + kind);
    String said =
        detail == null || detail.isBlank()
            ? ("task-assigned".equals(kind) ? who(null) : null)
            : detail(kind, detail, organisationNames);
    return said == null ? what : what + ": " + said;
  }

  private String detail(String kind, String detail, Function<String, String> organisationNames) {
    return switch (kind) {
      case "referral-sent", "referral-accepted", "referral-declined", "referral-ended" -> {
        String name = organisationNames.apply(detail);
        yield name == null ? detail : name;
      }
      case "police-report" -> CaseworkTexts.text("police." + detail);
      case "closed" -> CaseworkTexts.text("closeReason." + detail);
      case "reopened" -> CaseworkTexts.text("reopenReason." + detail);
      case "flagged", "unflagged" -> CaseworkTexts.text("flag." + detail);
      case "handed-over" -> who(detail);
      case "task-assigned" -> who(detail);
      case "task-added" -> CaseworkTexts.text("event.detail.due", day(detail));
      case "reviewed" -> CaseworkTexts.text("event.detail.nextReview", day(detail));
      case "reflection-started" ->
          CaseworkTexts.text("event.detail.ends", day(detail), rule(detail));
      case "reflection-exception" -> CaseworkTexts.text("event.detail.rule", rule(detail));
      case "region-moved" -> regions(detail);
      default -> detail;
    };
  }

  /** The first ISO date in a detail ("due 2026-03-10"), as people write it. */
  private static String day(String detail) {
    Matcher found = ISO_DAY.matcher(detail);
    if (!found.find()) {
      return "–";
    }
    try {
      return LocalDate.parse(found.group()).format(DAY);
    } catch (DateTimeParseException notADay) {
      return found.group();
    }
  }

  /** The regulation and rule version in brackets at a detail's end. */
  private static String rule(String detail) {
    Matcher found = RULE.matcher(detail);
    return found.find() ? found.group(1) : "–";
  }

  /** "old -> new" region codes as region names. */
  private String regions(String detail) {
    String[] codes = detail.split("->");
    if (codes.length != 2) {
      return detail;
    }
    return CaseworkTexts.text(
        "event.detail.regions",
        regionNames.apply(codes[0].strip()),
        regionNames.apply(codes[1].strip()));
  }

  private static Optional<String> optional(String key) {
    try {
      return Optional.of(CaseworkTexts.text(key));
    } catch (MissingResourceException none) {
      return Optional.empty();
    }
  }
}
