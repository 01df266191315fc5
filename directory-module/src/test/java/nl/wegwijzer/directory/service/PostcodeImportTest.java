package nl.wegwijzer.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PublishesContent;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import org.junit.jupiter.api.Test;

class PostcodeImportTest extends DirectoryDatabaseTest {

  private static PostcodeImportReport importCsv(String csv, boolean apply) {
    return inDirectory(
        d ->
            apply
                ? d.postcodeImport().apply(new StringReader(csv))
                : d.postcodeImport().preview(new StringReader(csv)));
  }

  private static long count() {
    return inDirectory(
        d -> new nl.wegwijzer.directory.repository.PostcodeAreaRepository(d.em()).count());
  }

  @Test
  void aPreviewReportsWithoutWriting() {
    PostcodeImportReport preview = importCsv("PC4;Gemeente2024\n4331;0687\n3511;0344\n", false);
    assertEquals(2, preview.added());
    assertEquals(0, count());
    importCsv("PC4;Gemeente2024\n4331;0687\n3511;0344\n", true);
    assertEquals(2, count());
  }

  @Test
  void onlyAnAppliedImportCountsAsAPublicationThatEmptiesThePageCaches() throws Exception {
    // The interceptor bound by @PublishesContent moves the shared counter that every node's page
    // cache watches; the service tests construct the service without it, so the binding is checked.
    assertFalse(
        PostcodeImportService.class
            .getMethod("preview", Reader.class)
            .isAnnotationPresent(PublishesContent.class));
    assertTrue(
        PostcodeImportService.class
            .getMethod("apply", Reader.class)
            .isAnnotationPresent(PublishesContent.class));
    assertFalse(
        PostcodeImportService.class.isAnnotationPresent(PublishesContent.class),
        "a binding on the class would make the preview a publication too");
  }

  @Test
  void changesAndUnchangedRowsAreCounted() {
    importCsv("PC4;Gemeente2024\n4331;0687\n3511;0344\n", true);
    PostcodeImportReport report =
        importCsv("PC4;Gemeente2024\n4331;0687\n3511;0363\n1012;0363\n", true);
    assertEquals(1, report.added());
    assertEquals(1, report.changed());
    assertEquals(1, report.unchanged());
    assertEquals(
        "GM0363",
        inDirectory(
            d ->
                new nl.wegwijzer.directory.repository.PostcodeAreaRepository(d.em())
                    .findByPc4("3511")
                    .orElseThrow()
                    .municipality()
                    .cbsCode()));
  }

  @Test
  void badRowsAreRejectedWithTheirLineAndReasonAndTheRestIsImported() {
    PostcodeImportReport report =
        importCsv(
            "PC4,GemeenteCode,GemeenteNaam\n"
                + "4331,GM0687,Middelburg\n"
                + "abcd,GM0687,Middelburg\n"
                + "4332,9999,Nergens\n"
                + "4331,0344,Utrecht\n"
                + "\"4333\",,Vlissingen\n",
            true);
    assertEquals(2, report.added());
    assertEquals(3, report.rejectedCount());
    assertEquals(3, report.rejected().get(0).line());
    assertTrue(report.rejected().get(1).reason().contains("unknown municipality"));
    assertTrue(report.rejected().get(2).reason().contains("appears earlier"));
    assertEquals(
        List.of("not-a-postcode", "unknown-municipality", "duplicate"),
        report.rejected().stream().map(PostcodeImportReport.Rejection::problem).toList());
  }

  @Test
  void aQuotedCellMayHoldTheSeparatorAndTheLaterColumnsStayInPlace() {
    PostcodeImportReport report =
        importCsv(
            "PC4,GemeenteNaam,Provincie\n"
                + "5671,\"Nuenen, Gerwen en Nederwetten\",Noord-Brabant\n"
                + "\n"
                + "5672,Nergens,Noord-Brabant\n",
            true);
    assertEquals(1, report.added());
    assertEquals(
        List.of(
            new PostcodeImportReport.Rejection(
                4, "5672,Nergens,Noord-Brabant", "unknown-municipality", "Nergens")),
        report.rejected());
    assertEquals(
        "GM0820",
        inDirectory(
            d ->
                new nl.wegwijzer.directory.repository.PostcodeAreaRepository(d.em())
                    .findByPc4("5671")
                    .orElseThrow()
                    .municipality()
                    .cbsCode()));
    PostcodeImportReport byCode =
        importCsv(
            "PC4,GemeenteNaam,Gemeente2024\n5671,\"Nuenen, Gerwen en Nederwetten\",0820\n", false);
    assertEquals(0, byCode.rejectedCount(), () -> byCode.rejected().toString());
    assertEquals(1, byCode.unchanged());
  }

  @Test
  void aFileWithoutTheNeededColumnsIsRefusedWhole() {
    assertThrows(
        InvalidInputException.class, () -> importCsv("Postcode;Plaats\n4331;Middelburg\n", true));
    assertThrows(InvalidInputException.class, () -> importCsv("", true));
    assertThrows(
        InvalidInputException.class,
        () -> importCsv("PC4,GemeenteNaam\n5671,\"Nuenen, Gerwen\n", true));
    assertEquals(0, count());
  }

  @Test
  void theShippedDemoTableCoversEveryMunicipality() throws Exception {
    try (var reader =
        java.nio.file.Files.newBufferedReader(
            java.nio.file.Path.of("../deploy/demo/pc4-demo.csv"),
            java.nio.charset.StandardCharsets.UTF_8)) {
      PostcodeImportReport report =
          inDirectory(
              d -> {
                return d.postcodeImport().apply(reader);
              });
      assertEquals(0, report.rejectedCount(), () -> report.rejected().toString());
    }
    long uncovered =
        ((Number)
                inDirectory(
                    d ->
                        d.em()
                            .createNativeQuery(
                                "select count(*) from directory.municipality m where not exists"
                                    + " (select 1 from directory.postcode_area p"
                                    + " where p.municipality_id = m.id)")
                            .getSingleResult()))
            .longValue();
    assertEquals(0, uncovered);
  }
}
