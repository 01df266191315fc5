package nl.wegwijzer.casework.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.wegwijzer.casework.testing.CaseworkDatabaseTest;
import nl.wegwijzer.directory.support.ConflictException;
import org.junit.jupiter.api.Test;

/** Notice settings, the digest's claim and its count of deadlines, on PostgreSQL. */
class NoticeSettingsTest extends CaseworkDatabaseTest {

  private static <T> T inSettings(Function<NoticeSettings, T> work) {
    return inCasework(c -> work.apply(new NoticeSettings(new NoticeRepository(c.em()))));
  }

  @Test
  void everyNoticeIsOnUntilTheUserSwitchesOneOff() {
    NoticeSettings.Choice first = inSettings(s -> s.of("coordinator-zeeland"));
    assertEquals(Set.of(NoticeKind.values()), first.wanted());
    assertEquals(0, first.version());

    NoticeSettings.Choice chosen =
        inSettings(
            s -> s.choose("coordinator-zeeland", Set.of(NoticeKind.DAILY_DIGEST), first.version()));
    assertEquals(
        Set.of(NoticeKind.DAILY_DIGEST), inSettings(s -> s.of("coordinator-zeeland")).wanted());
    assertThrows(
        ConflictException.class,
        () -> inSettings(s -> s.choose("coordinator-zeeland", Set.of(), first.version())),
        "a choice from a stale screen does not overwrite a newer one");
    inSettings(s -> s.choose("coordinator-zeeland", Set.of(), chosen.version()));

    List<String> users = List.of("coordinator-zeeland", "coordinator-zeeland-2");
    assertEquals(
        List.of("coordinator-zeeland-2"),
        inSettings(s -> s.wanting(NoticeKind.SIGNAL_ARRIVED, users)),
        "one switched everything off, the other never chose");
    assertEquals(
        List.of("coordinator-zeeland-2"),
        inSettings(s -> s.wanting(NoticeKind.DAILY_DIGEST, users)));
  }

  @Test
  void theDigestIsClaimedOncePerDayAndCountsTomorrowsDeadlinesPerRegion() {
    assertEquals(true, inSettings(s -> s.claimDigest(TODAY)));
    assertEquals(false, inSettings(s -> s.claimDigest(TODAY)), "a second node finds the day taken");
    assertEquals(true, inSettings(s -> s.claimDigest(TODAY.plusDays(1))));

    String signal =
        inCasework(c -> c.signals().register(ZEELAND, complete("Anna K.", "Kassen."))).reference();
    String number = inCasework(c -> c.cases().open(ZEELAND, signal)).number();
    inCasework(c -> c.cases().addTask(ZEELAND, number, "Bellen met de opvang", TODAY.plusDays(1)));
    inCasework(c -> c.cases().addTask(ZEELAND, number, "Verslag sturen", TODAY.plusDays(1)));
    inCasework(c -> c.cases().addTask(ZEELAND, number, "Later", TODAY.plusDays(2)));

    assertEquals(Map.of("zeeland", 2L), inSettings(s -> s.deadlinesDueOn(TODAY.plusDays(1))));
    assertEquals(
        Map.of("zeeland", 1L),
        inSettings(s -> s.deadlinesDueOn(TODAY.plusMonths(3))),
        "the review three months after the case was opened");
    assertEquals(Map.of(), inSettings(s -> s.deadlinesDueOn(TODAY.plusDays(5))));
  }
}
