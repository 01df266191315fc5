package nl.wegwijzer.directory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsInsertionsDeletionsAndReplacements() {
    assertEquals(0, EditDistance.within("utrecht", "utrecht", 3));
    assertEquals(1, EditDistance.within("utrech", "utrecht", 3));
    assertEquals(1, EditDistance.within("amsterdm", "amsterdam", 3));
    assertEquals(2, EditDistance.within("groningne", "groningen", 3));
    assertEquals(3, EditDistance.within("kitten", "sitting", 3));
  }

  @Test
  void stopsAtTheLimit() {
    assertEquals(3, EditDistance.within("kitten", "sitting", 2));
    assertEquals(2, EditDistance.within("a", "abcdef", 1));
    assertEquals(2, EditDistance.within("abcdef", "uvwxyz", 1));
  }
}
