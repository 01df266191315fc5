package nl.wegwijzer.content.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicPathsTest {

  @Test
  void anArticleIsUnderItsSectionAndItsAddressLeadsBackToIt() {
    for (PublicPaths paths : PublicPaths.articles()) {
      String path = paths.itemPath("een-item");
      assertEquals("/" + paths.section() + "/een-item", path);
      assertEquals(
          Optional.of(new PublicPaths.Address(paths, null, "een-item")), PublicPaths.parse(path));
    }
    assertEquals("/nieuws/x", PublicPaths.NEWS.itemPath("x"));
    assertEquals("/vormen/x", PublicPaths.FORM_PAGE.itemPath("x"));
  }

  @Test
  void aStepIsUnderItsPhase() {
    assertEquals("/beschermen/opvang", PublicPaths.step("beschermen", "opvang"));
    assertEquals(
        Optional.of(new PublicPaths.Address(PublicPaths.STEP, "beschermen", "opvang")),
        PublicPaths.parse("/beschermen/opvang"));
    assertThrows(IllegalArgumentException.class, () -> PublicPaths.STEP.itemPath("opvang"));
  }

  @Test
  void anOrganisationHasAProfileAndListedKindsPointToTheirList() {
    assertEquals(
        Optional.of(new PublicPaths.Address(PublicPaths.ORGANISATION, null, "fier")),
        PublicPaths.parse("/organisaties/fier"));
    assertEquals("/vragen", PublicPaths.FAQ.itemPath("wat-is-uitbuiting"));
    assertEquals("/signalen-herkennen", PublicPaths.INDICATOR_THEME.itemPath("afhankelijkheid"));
    assertEquals("/documenten", PublicPaths.DOCUMENT.itemPath("handboek"));
  }

  @Test
  void aDocumentsFileNamesTheDocument() {
    assertEquals(
        Optional.of(new PublicPaths.Address(PublicPaths.DOCUMENT, null, "handboek")),
        PublicPaths.parse(PublicPaths.download("handboek")));
    assertEquals(Optional.empty(), PublicPaths.parse("/api/documents/handboek/extra"));
  }

  @Test
  void otherPagesAreNoItem() {
    assertEquals(Optional.empty(), PublicPaths.parse("/vragen/wat-is-uitbuiting"));
    assertEquals(Optional.empty(), PublicPaths.parse("/zoeken"));
    assertEquals(Optional.empty(), PublicPaths.parse("/rechten/a/b"));
    assertEquals(Optional.empty(), PublicPaths.parse("/"));
  }

  @Test
  void aSearchHitLeadsToItsPageItsFileOrASearchForItsTitle() {
    assertEquals(
        "/signaleren/melden", PublicPaths.ofHit(ContentKind.STEP, "melden", "signaleren", "M"));
    assertEquals("/informatie/x", PublicPaths.ofHit(ContentKind.PAGE, "x", "victims", "X"));
    assertEquals("/api/documents/h", PublicPaths.ofHit(ContentKind.DOCUMENT, "h", null, "H"));
    assertEquals(
        "/zoeken?q=Wat+is+het%3F", PublicPaths.ofHit(ContentKind.FAQ, "f", null, "Wat is het?"));
    assertEquals("/zoeken?q=Schuld", PublicPaths.ofHit(ContentKind.INDICATOR, "a1", "t", "Schuld"));
  }

  @Test
  void editorsNameEachKindOnce() {
    assertEquals(Optional.of(PublicPaths.STEP), PublicPaths.ofEditorPath("stappen"));
    assertEquals(Optional.of(PublicPaths.INDICATOR_THEME), PublicPaths.ofEditorPath("signalen"));
    assertEquals(Optional.empty(), PublicPaths.ofEditorPath("onbekend"));
    for (EditorialKind kind : EditorialKind.values()) {
      assertEquals(kind, PublicPaths.of(kind).kind());
    }
  }
}
