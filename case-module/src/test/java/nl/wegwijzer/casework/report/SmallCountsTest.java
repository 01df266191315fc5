package nl.wegwijzer.casework.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmallCountsTest {

  @Test
  void everyCountBelowFiveIsSmallZeroIncluded() {
    for (long count = 0; count < 5; count++) {
      assertTrue(SmallCounts.small(count), "count " + count);
    }
    assertFalse(SmallCounts.small(5));
    assertFalse(SmallCounts.small(1234));
    assertThrows(IllegalArgumentException.class, () -> SmallCounts.small(-1));
    assertEquals("x", SmallCounts.SUPPRESSED, "one marker for every hidden cell");
  }
}
