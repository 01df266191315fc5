package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.PostcodeArea;
import nl.wegwijzer.directory.repository.MunicipalityRepository;
import nl.wegwijzer.directory.repository.PostcodeAreaRepository;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PublishesContent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a PC4-to-municipality table (CSV, read by Commons CSV, so a quoted cell may hold the
 * separator). The first line names the columns; the separator is ';', ',' or a tab. The postcode
 * column is called {@code PC4} or {@code Postcode} (a six-character postcode counts by its four
 * digits); the municipality column holds the CBS code ({@code Gemeente2024}, {@code GemeenteCode},
 * {@code gemcode}: '0363', 'GM0363') or, failing that, the name ({@code GemeenteNaam}). Bad rows
 * are reported, never half-imported.
 */
@ApplicationScoped
@Transactional
public class PostcodeImportService {

  private static final Set<String> POSTCODE_COLUMNS = Set.of("pc4", "postcode", "pc6");
  private static final Set<String> CODE_COLUMNS =
      Set.of("gemeente2024", "gemeente2025", "gemeentecode", "gemcode", "gm_code", "gemeente");
  private static final Set<String> NAME_COLUMNS = Set.of("gemeentenaam", "gemnaam", "naam");
  private static final int MAX_REJECTIONS_LISTED = 200;

  private final PostcodeAreaRepository postcodes;
  private final MunicipalityRepository municipalities;

  protected PostcodeImportService() {
    this(null, null);
  }

  @Inject
  public PostcodeImportService(
      PostcodeAreaRepository postcodes, MunicipalityRepository municipalities) {
    this.postcodes = postcodes;
    this.municipalities = municipalities;
  }

  /** How many postcode areas the table holds. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long areaCount() {
    return postcodes.count();
  }

  /**
   * Reads and checks the table and says what an import would do, writing nothing. Not a
   * publication: the public pages stay as they are, and so do the servers' caches of them.
   */
  public PostcodeImportReport preview(Reader csv) {
    return read(csv, false);
  }

  /** Reads, checks and writes the table: the public pages that answer by postcode change. */
  @PublishesContent
  public PostcodeImportReport apply(Reader csv) {
    return read(csv, true);
  }

  private PostcodeImportReport read(Reader csv, boolean apply) {
    Map<String, Municipality> byCode = new HashMap<>();
    Map<String, Municipality> byName = new HashMap<>();
    for (Municipality m : municipalities.all()) {
      byCode.put(m.cbsCode(), m);
      byName.put(m.name().toLowerCase(Locale.ROOT), m);
    }
    List<PostcodeImportReport.Rejection> rejected = new ArrayList<>();
    Map<String, Municipality> accepted = new HashMap<>();
    int rejectedCount = 0;
    String text = readAll(csv);
    int headerEnd = text.indexOf('\n');
    String header = headerEnd < 0 ? text : text.substring(0, headerEnd);
    if (header.isBlank()) {
      throw new InvalidInputException("file", "the file is empty");
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(separatorOf(header))
            .setTrim(true)
            // an empty line comes back as a record, so that its position counts the lines
            .setIgnoreEmptyLines(false)
            .get();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      Columns columns = Columns.of(records.next().toList());
      Set<String> seen = new HashSet<>();
      Lines lines = new Lines(text);
      while (records.hasNext()) {
        CSVRecord record = records.next();
        List<String> cells = record.toList();
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue;
        }
        String problem = null;
        String detail = null;
        String pc4 = null;
        Municipality municipality = null;
        String rawPostcode = columns.cell(cells, columns.postcode);
        Optional<String> parsed = PostcodeArea.pc4Of(rawPostcode);
        if (parsed.isEmpty()) {
          problem = "not-a-postcode";
          detail = rawPostcode;
        } else {
          pc4 = parsed.get();
          municipality = columns.municipality(cells, byCode, byName);
          if (municipality == null) {
            problem = "unknown-municipality";
            detail = columns.describe(cells);
          } else if (!seen.add(pc4) && !accepted.get(pc4).equals(municipality)) {
            problem = "duplicate";
            detail = pc4;
          }
        }
        if (problem != null) {
          rejectedCount++;
          if (rejected.size() < MAX_REJECTIONS_LISTED) {
            int position = (int) record.getCharacterPosition();
            rejected.add(
                new PostcodeImportReport.Rejection(
                    lines.numberAt(position), lines.textAt(position), problem, detail));
          }
        } else {
          accepted.put(pc4, municipality);
        }
      }
    } catch (UncheckedIOException | IOException notCsv) {
      throw new InvalidInputException("file", "not readable as CSV: " + notCsv.getMessage());
    }
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    for (Map.Entry<String, Municipality> entry : accepted.entrySet()) {
      Optional<PostcodeArea> existing = postcodes.findByPc4(entry.getKey());
      if (existing.isEmpty()) {
        added++;
      } else if (existing.get().municipality().equals(entry.getValue())) {
        unchanged++;
        continue;
      } else {
        changed++;
      }
      if (apply) {
        postcodes.put(entry.getKey(), entry.getValue());
      }
    }
    return new PostcodeImportReport(apply, added, changed, unchanged, rejectedCount, rejected);
  }

  private static char separatorOf(String header) {
    if (header.contains(";")) {
      return ';';
    }
    return header.contains("\t") ? '\t' : ',';
  }

  private static String readAll(Reader csv) {
    StringWriter text = new StringWriter();
    try (csv) {
      csv.transferTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String all = text.toString();
    return all.startsWith("\uFEFF") ? all.substring(1) : all;
  }

  /** Line numbers and texts by character position, for the rejected rows. */
  private static final class Lines {
    private final String text;
    private int position;
    private int number = 1;

    Lines(String text) {
      this.text = text;
    }

    /** Positions are asked in increasing order, so the lines are counted once. */
    int numberAt(int at) {
      for (; position < at; position++) {
        if (text.charAt(position) == '\n') {
          number++;
        }
      }
      return number;
    }

    String textAt(int at) {
      int end = text.indexOf('\n', at);
      return text.substring(at, end < 0 ? text.length() : end).strip();
    }
  }

  /** Where the columns are. */
  private record Columns(int postcode, int code, int name) {

    static Columns of(List<String> header) {
      int postcode = -1;
      int code = -1;
      int name = -1;
      for (int i = 0; i < header.size(); i++) {
        String column = header.get(i).toLowerCase(Locale.ROOT);
        if (postcode < 0 && POSTCODE_COLUMNS.contains(column)) {
          postcode = i;
        } else if (code < 0 && CODE_COLUMNS.contains(column)) {
          code = i;
        } else if (name < 0 && NAME_COLUMNS.contains(column)) {
          name = i;
        }
      }
      if (postcode < 0) {
        throw new InvalidInputException("file", "no PC4 column in the first line");
      }
      if (code < 0 && name < 0) {
        throw new InvalidInputException(
            "file", "no municipality column (Gemeente2024 or GemeenteNaam) in the first line");
      }
      return new Columns(postcode, code, name);
    }

    String cell(List<String> cells, int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    Municipality municipality(
        List<String> cells, Map<String, Municipality> byCode, Map<String, Municipality> byName) {
      String codeCell = cell(cells, code);
      if (!codeCell.isEmpty()) {
        try {
          return byCode.get(Municipality.normaliseCbsCode(codeCell));
        } catch (InvalidInputException notACode) {
          return byName.get(codeCell.toLowerCase(Locale.ROOT));
        }
      }
      String nameCell = cell(cells, name);
      return nameCell.isEmpty() ? null : byName.get(nameCell.toLowerCase(Locale.ROOT));
    }

    String describe(List<String> cells) {
      String codeCell = cell(cells, code);
      return codeCell.isEmpty() ? cell(cells, name) : codeCell;
    }
  }
}
