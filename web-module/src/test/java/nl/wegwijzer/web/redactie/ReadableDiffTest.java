package nl.wegwijzer.web.redactie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.service.EditorialViews.DiffView;
import nl.wegwijzer.content.service.EditorialViews.FieldDiff;
import nl.wegwijzer.content.service.WordDiff;
import nl.wegwijzer.content.service.WordDiff.Change;
import nl.wegwijzer.content.service.WordDiff.Segment;
import nl.wegwijzer.web.shared.FacesRequest;
import nl.wegwijzer.web.shared.Language;
import org.junit.jupiter.api.Test;

/** The editors' history compares an organisation's versions by labels and names, not keys. */
class ReadableDiffTest {

  private static FieldDiff field(String name, String left, String right) {
    WordDiff.Sides sides = WordDiff.diff(left, right);
    return new FieldDiff(name, sides.changed(), sides.left(), sides.right());
  }

  private static String text(List<Segment> side) {
    return side.stream().map(Segment::text).collect(Collectors.joining());
  }

  @Test
  void anOrganisationsFieldsAreLabelledAndItsCodesNamed() {
    DiffView diff =
        new DiffView(
            null,
            null,
            List.of(
                field("name", "Hulp Zeeland", "Hulp en Opvang Zeeland"),
                field("phone.2.number", "0118 000 000", "0118 000 001"),
                field("location.1.confidential", "false", "true"),
                field("service.1.careNeed", "shelter", "legal-aid"),
                field("service.1.regions", "zeeland", "zeeland, utrecht"),
                field("website", "https://hulp.example", "https://hulp.example")));
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      ReadableDiff readable =
          ReadableDiff.of(
              diff, EditorialKind.ORGANISATION, Map.of("zeeland", "Zeeland", "utrecht", "Utrecht"));

      List<ReadableDiff.Line> changed = readable.getChanged();
      assertEquals(
          List.of(
              "Naam",
              "Telefoonnummer 2: Nummer",
              "Locatie 1: Vertrouwelijk adres (opvang): het adres komt nooit op de openbare site",
              "Dienst 1: Zorgbehoefte",
              "Dienst 1: Regio's"),
          changed.stream().map(ReadableDiff.Line::label).toList());
      assertEquals(
          List.of(new Segment("Nee", Change.REMOVED)), changed.get(2).left(), "not 'false'");
      assertEquals(List.of(new Segment("Ja", Change.ADDED)), changed.get(2).right());
      assertEquals("Opvang", text(changed.get(3).left()));
      assertEquals("Juridische hulp", text(changed.get(3).right()));
      assertEquals("Zeeland, Utrecht", text(changed.get(4).right()));
      assertEquals(
          List.of(new Segment("en Opvang ", Change.ADDED)),
          changed.get(0).right().stream().filter(s -> s.change() == Change.ADDED).toList(),
          "free text stays compared word by word");
      assertEquals(
          List.of("Website"), readable.getSame().stream().map(ReadableDiff.Line::label).toList());
    }
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      ReadableDiff english = ReadableDiff.of(diff, EditorialKind.ORGANISATION, Map.of());
      assertEquals("Phone number 2: Number", english.getChanged().get(1).label());
      assertEquals("Yes", text(english.getChanged().get(2).right()));
    }
  }
}
