package nl.wegwijzer.web.redactie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import nl.wegwijzer.content.service.RevisionView;
import org.junit.jupiter.api.Test;

/** The message after an approval says when a version dated in the future takes effect. */
class ApprovedNoticeTest {

  private static RevisionView version(
      String state, OffsetDateTime publishAt, Map<String, String> fields) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return new RevisionView(
        1,
        "coordination-point",
        "zeeland",
        2,
        state,
        fields,
        "a",
        "a",
        "b",
        null,
        now,
        now,
        now,
        now,
        null,
        publishAt,
        null,
        false,
        1);
  }

  @Test
  void aScheduledVersionNamesItsPublicationDate() {
    OffsetDateTime at = OffsetDateTime.of(2031, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    assertEquals(
        new WorkflowEditBacking.ApprovedNotice("notice.scheduledApproved", "01-03-2031 09:00"),
        WorkflowEditBacking.approvedNotice(version("scheduled", at, Map.of())));
  }

  @Test
  void aCoordinationPointValidFromALaterDayIsNotCalledPublished() {
    LocalDate later = LocalDate.now(EditorialTexts.ZONE).plusDays(10);
    assertEquals(
        new WorkflowEditBacking.ApprovedNotice(
            "notice.approvedFrom", later.format(EditorialTexts.DAY)),
        WorkflowEditBacking.approvedNotice(
            version("published", null, Map.of("validFrom", later.toString()))));
  }

  @Test
  void aVersionInForceTodayIsPublished() {
    String today = LocalDate.now(EditorialTexts.ZONE).toString();
    assertEquals(
        new WorkflowEditBacking.ApprovedNotice("notice.published", ""),
        WorkflowEditBacking.approvedNotice(version("published", null, Map.of("validFrom", today))));
  }
}
