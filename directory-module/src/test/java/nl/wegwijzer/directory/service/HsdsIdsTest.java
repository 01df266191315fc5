package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The open data's ids are RFC 9562 version 5 UUIDs of a kind and a stable key. */
class HsdsIdsTest {

  @Test
  void nameBasedIdsAreVersionFive() {
    // The example of Python's uuid module documentation: uuid5(NAMESPACE_DNS, 'python.org').
    assertEquals(
        UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"),
        HsdsIds.nameBased(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
  }

  @Test
  void anOrganisationsIdComesFromItsSlugAlone() {
    // uuid5(NAMESPACE_URL, 'urn:wegwijzer:hsds:organization:comensha'), computed with Python.
    assertEquals("3cce7ae8-b339-5078-939f-ded283a55800", HsdsIds.of("organization", "comensha"));
  }
}
