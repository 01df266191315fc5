package nl.wegwijzer.casework.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.wegwijzer.casework.bottleneck.PersonalData.Kind;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  private static Optional<Kind> find(String text) {
    return PersonalData.find(text);
  }

  @Test
  void findsEmailAddresses() {
    assertEquals(Optional.of(Kind.EMAIL), find("Mail j.jansen@example.nl voor meer"));
    assertEquals(Optional.of(Kind.EMAIL), find("contact: naam @ opvang.example"));
  }

  @Test
  void findsDatesSuchAsADateOfBirth() {
    assertEquals(Optional.of(Kind.DATE), find("geboren 03-11-1998 in Roemenië"));
    assertEquals(Optional.of(Kind.DATE), find("gb 3/11/98"));
    assertEquals(Optional.of(Kind.DATE), find("sinds 2025-02-01 geen plek"));
    assertEquals(Optional.of(Kind.DATE), find("geboren op 3 november 1998"));
    assertEquals(Optional.of(Kind.DATE), find("geboren op 3 nov. 1998"));
  }

  @Test
  void findsPhoneNumbers() {
    assertEquals(Optional.of(Kind.PHONE), find("bel 06-12345678"));
    assertEquals(Optional.of(Kind.PHONE), find("bel 0118 123 456"));
    assertEquals(Optional.of(Kind.PHONE), find("bel +31 6 1234 5678"));
    assertEquals(Optional.of(Kind.PHONE), find("bel 0031612345678"));
  }

  @Test
  void findsLongNumbersSuchAsACitizenServiceNumber() {
    assertEquals(Optional.of(Kind.NUMBER), find("bsn 123456782"));
    assertEquals(Optional.of(Kind.NUMBER), find("BSN 1234.56.782"));
    assertEquals(Optional.of(Kind.NUMBER), find("v-nummer 12345678"));
    assertTrue(find("rekening NL91ABNA0417164300").isPresent(), "an account number");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertEquals(
        Optional.empty(),
        find(
            "Wachtlijst van 8 weken voor traumazorg; in 2025 al 3 keer geen opvangplek voor"
                + " een minderjarige. 2 tolken op 1.000 aanvragen, 12,5% later dan 14 dagen."));
    assertEquals(Optional.empty(), find("Sinds maart geen plek; de IND doet 6 maanden over een"));
    assertEquals(Optional.empty(), find(null));
  }
}
