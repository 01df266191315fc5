package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.wegwijzer.directory.repository.HsdsRepository;
import nl.wegwijzer.directory.repository.HsdsRows.Details;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The whole published directory for bulk use, at stable URLs: an HSDS package as one JSON file
 * (every organisation and service fully nested, with the taxonomy) and the tabular form as CSV
 * files with their {@code datapackage.json} in a zip. Each is made again the first time it is asked
 * for after the directory changed (its search generation moved), and carries a hash of its bytes as
 * entity tag, so a consumer downloads it again only when it really changed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HsdsExport {

  /** A file to send: its bytes, entity tag (a hash of the bytes) and the content's last change. */
  public record Download(byte[] bytes, String entityTag, Instant lastModified) {}

  private final HsdsDirectory directory;
  private final HsdsRepository repository;

  protected HsdsExport() {
    this(null, null);
  }

  @Inject
  public HsdsExport(HsdsDirectory directory, HsdsRepository repository) {
    this.directory = directory;
    this.repository = repository;
  }

  /** The HSDS package as JSON. */
  public Download json() {
    return repository.kept(List.of("download", "json"), () -> download(packageJson()));
  }

  /** The tabular form: one CSV file per HSDS table and {@code datapackage.json}, zipped. */
  public Download csv() {
    return repository.kept(List.of("download", "csv"), () -> download(csvZip()));
  }

  /** The package's top level: the HSDS version and every published object. */
  public record Package(
      String version,
      List<Hsds.Organization> organizations,
      List<Hsds.Service> services,
      List<Hsds.Taxonomy> taxonomies,
      @jakarta.json.bind.annotation.JsonbProperty("taxonomy_terms")
          List<Hsds.TaxonomyTerm> taxonomyTerms) {}

  private Package everything() {
    HsdsMapping mapping = directory.mapping();
    Map<Long, Details> all = directory.everything();
    List<Hsds.Organization> organisations = new ArrayList<>(all.size());
    List<Hsds.Service> services = new ArrayList<>();
    for (Details own : all.values()) {
      organisations.add(mapping.organisation(own.organisations().get(0), own, true));
      own.services().forEach(s -> services.add(mapping.fullService(s, own)));
    }
    return new Package(
        Hsds.VERSION, organisations, services, List.of(HsdsMapping.taxonomy()), mapping.allTerms());
  }

  private byte[] packageJson() {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(everything()).getBytes(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException("the HSDS package could not be written", e);
    }
  }

  private byte[] csvZip() {
    HsdsTables tables = HsdsTables.of(everything());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      JsonArrayBuilder resources = Json.createArrayBuilder();
      for (HsdsTables.Table table : tables.all()) {
        zip.putNextEntry(entry(table.path()));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter printer =
            CSVFormat.RFC4180.builder().setHeader(table.header()).get().print(writer);
        for (List<String> row : table.rows()) {
          printer.printRecord(row);
        }
        printer.flush();
        zip.closeEntry();
        resources.add(
            Json.createObjectBuilder()
                .add("name", table.name())
                .add("path", table.path())
                .add("profile", "tabular-data-resource")
                .add("format", "csv")
                .add("mediatype", "text/csv")
                .add("encoding", "utf-8"));
      }
      zip.putNextEntry(entry("datapackage.json"));
      zip.write(
          Json.createObjectBuilder()
              .add("name", "wegwijzer-hsds")
              .add("profile", "tabular-data-package")
              .add("hsds_version", Hsds.VERSION)
              .add(
                  "licenses",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("name", Hsds.LICENCE_ID)
                              .add("path", Hsds.LICENCE_URL)
                              .add("title", Hsds.LICENCE_TITLE)))
              .add("resources", resources)
              .build()
              .toString()
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An entry with a fixed time, so the same content gives the same bytes (and entity tag). */
  private static ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(0);
    return entry;
  }

  private Download download(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Download(
          bytes,
          HexFormat.of().formatHex(hash, 0, 16),
          repository.contentChangedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
