package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.CaseEvent;
import nl.wegwijzer.casework.model.CaseFile;
import nl.wegwijzer.casework.model.EventKind;
import nl.wegwijzer.casework.model.PersonDetails;
import nl.wegwijzer.casework.model.Sealed;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.repository.CaseEventRepository;
import nl.wegwijzer.casework.repository.CaseRepository;
import nl.wegwijzer.casework.repository.CaseTransferRepository;
import nl.wegwijzer.casework.repository.SignalRepository;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.PlaceService;

/**
 * Open signals and cases follow their municipality into another region on the day it moves (a
 * merger or a region change, dated in the directory and made the region of today by its region
 * calendar), by the rules directory V10 moved them with: a signal goes to its municipality's
 * region, except one of a closed case; an open case goes to the region most of its placed signals
 * are in now (on a tie it stays). Every move is in the access log, and a case's on its timeline.
 * What moves follows from the data, not from the day's changes, so a run that was missed or failed
 * is caught up by the next one, and a second run finds nothing to do. A case transferred to another
 * region (the person moved) stays there with its signals: it no longer follows their municipality.
 */
@ApplicationScoped
@Transactional
public class RegionMoves {

  /** Who moves the work in the access log and on the timeline. */
  public static final Actor CALENDAR = new Actor("region-calendar", Set.of());

  private final SignalRepository signals;
  private final CaseRepository cases;
  private final CaseEventRepository events;
  private final CaseTransferRepository transfers;
  private final AccessLog accessLog;
  private final PlaceService places;
  private final FieldCipher cipher;
  private final Clock clock;

  protected RegionMoves() {
    this(null, null, null, null, null, null, null, null);
  }

  @Inject
  public RegionMoves(
      SignalRepository signals,
      CaseRepository cases,
      CaseEventRepository events,
      CaseTransferRepository transfers,
      AccessLog accessLog,
      PlaceService places,
      FieldCipher cipher,
      Clock clock) {
    this.signals = signals;
    this.cases = cases;
    this.events = events;
    this.transfers = transfers;
    this.accessLog = accessLog;
    this.places = places;
    this.cipher = cipher;
    this.clock = clock;
  }

  /** How many signals' sealed details are opened at a time. */
  static final int BATCH = 500;

  /** How many signals and cases moved. */
  public record Moved(int signals, int cases) {}

  public Moved followMunicipalities() {
    Set<Long> transferred = transfers.transferredCaseIds();
    int movedSignals = 0;
    Map<String, Region> regionOf = new HashMap<>();
    List<SignalRepository.Placed> batch = signals.mayMove(0, BATCH);
    while (!batch.isEmpty()) {
      for (SignalRepository.Placed placed : batch) {
        String municipality =
            PersonDetails.ofText(cipher.open(new Sealed(placed.personSealed()))).municipality();
        if (municipality == null) {
          continue;
        }
        Region now =
            regionOf.computeIfAbsent(
                municipality, code -> places.municipalityByCbsCode(code).region());
        if (now.id() == placed.regionId()) {
          continue;
        }
        Signal signal = signals.get(placed.id());
        if (signal.caseFile() != null && transferred.contains(signal.caseFile().id())) {
          continue;
        }
        Region left = signal.followMunicipality(now).orElseThrow();
        accessLog.record(
            CALENDAR,
            AccessAction.UPDATE,
            SubjectType.SIGNAL,
            signal.reference(),
            why(left, signal.region()));
        movedSignals++;
      }
      batch = signals.mayMove(batch.get(batch.size() - 1).id(), BATCH);
    }
    signals.flush();
    int movedCases = 0;
    for (CaseFile caseFile : cases.withSignalsElsewhere()) {
      if (transferred.contains(caseFile.id())) {
        continue;
      }
      Region left = caseFile.region();
      Map<Region, Long> placed =
          signals.ofCase(caseFile).stream()
              .filter(s -> s.municipalityCode() != null)
              .collect(
                  Collectors.groupingBy(Signal::region, LinkedHashMap::new, Collectors.counting()));
      Region most =
          placed.entrySet().stream()
              .max(Comparator.comparing(Map.Entry::getValue))
              .map(Map.Entry::getKey)
              .orElse(left);
      if (placed.getOrDefault(most, 0L) > placed.getOrDefault(left, 0L)) {
        caseFile.moveTo(most);
        events.add(
            new CaseEvent(
                caseFile,
                OffsetDateTime.now(clock),
                CALENDAR.username(),
                EventKind.REGION_MOVED,
                left.code() + " -> " + most.code()));
        accessLog.record(
            CALENDAR, AccessAction.UPDATE, SubjectType.CASE, caseFile.number(), why(left, most));
        movedCases++;
      }
    }
    cases.flush();
    return new Moved(movedSignals, movedCases);
  }

  private static String why(Region from, Region to) {
    return "municipality moved: " + from.code() + " -> " + to.code();
  }
}
