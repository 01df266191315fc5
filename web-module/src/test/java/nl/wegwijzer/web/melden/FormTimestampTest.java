package nl.wegwijzer.web.melden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public form's signed time stamp, checked at moments of the test's choosing. */
class FormTimestampTest {

  private static final Optional<String> SECRET = Optional.of("test-secret");
  private static final Instant SERVED = Instant.parse("2026-03-10T09:00:00Z");

  private static FormTimestamp at(Instant moment) {
    return new FormTimestamp(SECRET, Clock.fixed(moment, ZoneOffset.UTC));
  }

  @Test
  void aPostWithinTheFillTimeIsTooFastAndOneAfterItPasses() {
    String stamp = at(SERVED).issue();
    assertEquals(FormTimestamp.Verdict.TOO_FAST, at(SERVED).check(stamp));
    assertEquals(
        FormTimestamp.Verdict.TOO_FAST, at(SERVED.plus(Duration.ofMillis(2_999))).check(stamp));
    assertEquals(FormTimestamp.Verdict.OK, at(SERVED.plus(Duration.ofSeconds(3))).check(stamp));
    assertEquals(FormTimestamp.Verdict.OK, at(SERVED.plus(Duration.ofHours(23))).check(stamp));
  }

  @Test
  void aStampFromTheFutureOrOlderThanADayIsInvalid() {
    String stamp = at(SERVED).issue();
    assertEquals(FormTimestamp.Verdict.INVALID, at(SERVED.minusSeconds(1)).check(stamp));
    assertEquals(
        FormTimestamp.Verdict.INVALID,
        at(SERVED.plus(Duration.ofHours(24)).plusMillis(1)).check(stamp));
  }

  @Test
  void aStampMadeUpOrSignedWithAnotherKeyIsInvalid() {
    String stamp = at(SERVED).issue();
    Instant later = SERVED.plusSeconds(10);
    String otherTime = (SERVED.toEpochMilli() - 60_000) + stamp.substring(stamp.indexOf('.'));
    assertEquals(FormTimestamp.Verdict.INVALID, at(later).check(otherTime));
    FormTimestamp otherKey =
        new FormTimestamp(Optional.of("another-secret"), Clock.fixed(later, ZoneOffset.UTC));
    assertEquals(FormTimestamp.Verdict.INVALID, otherKey.check(stamp));
    assertEquals(FormTimestamp.Verdict.INVALID, at(later).check(null));
    assertEquals(FormTimestamp.Verdict.INVALID, at(later).check("no-dot"));
    assertEquals(FormTimestamp.Verdict.INVALID, at(later).check("abc." + "x".repeat(43)));
  }
}
