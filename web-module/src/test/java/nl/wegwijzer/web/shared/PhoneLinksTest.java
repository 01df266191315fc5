package nl.wegwijzer.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhoneLinksTest {

  @Test
  void aNumberAsWrittenBecomesATelAddress() {
    assertEquals("tel:09008844", PhoneLinks.href("0900-8844"));
    assertEquals("tel:0201234567", PhoneLinks.href("020 123 4567"));
    assertEquals("tel:+31201234567", PhoneLinks.href("+31 (0)20 123 4567"));
    assertEquals("tel:112", PhoneLinks.href("112"));
  }

  @Test
  void theNumbersInATextBecomeLinks() {
    assertEquals(
        "<li>Bel <strong><a href=\"tel:112\">112</a></strong>.</li>",
        PhoneLinks.linked("<li>Bel <strong>112</strong>.</li>"));
    assertEquals(
        "Bel de politie op <a href=\"tel:09008844\">0900-8844</a>, of meld anoniem"
            + " (<a href=\"tel:08007000\">0800-7000</a>).",
        PhoneLinks.linked("Bel de politie op 0900-8844, of meld anoniem (0800-7000)."));
    assertEquals(
        "Bel <a href=\"tel:0612345678\">06-12345678</a> of"
            + " <a href=\"tel:+31201234567\">+31 20 123 4567</a>",
        PhoneLinks.linked("Bel 06-12345678 of +31 20 123 4567"));
  }

  @Test
  void aLinkAnAttributeOrAnotherNumberIsLeftAlone() {
    String linked = "<a href=\"tel:112\">112</a> en <a href=\"/route-op-maat\">route 112</a>";
    assertEquals(linked, PhoneLinks.linked(linked));
    String other =
        "<p title=\"0900-8844\">In 2019 kwamen 1.120 meldingen binnen; artikel 273f.</p>";
    assertEquals(other, PhoneLinks.linked(other));
    assertEquals("postcode 1120-ab", PhoneLinks.linked("postcode 1120-ab"));
  }
}
