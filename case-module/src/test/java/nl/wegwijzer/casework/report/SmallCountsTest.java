package nl.wegwijzer.casework.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SmallCountsTest {

  @Test
  void everyCountBelowFiveIsSuppressedZeroIncluded() {
    for (long count = 0; count < 5; count++) {
      assertEquals("<5", SmallCounts.show(count));
    }
    assertEquals("5", SmallCounts.show(5));
    assertEquals("1234", SmallCounts.show(1234));
    assertThrows(IllegalArgumentException.class, () -> SmallCounts.show(-1));
  }
}
