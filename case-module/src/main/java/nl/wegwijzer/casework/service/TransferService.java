package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.CaseEvent;
import nl.wegwijzer.casework.model.CaseFile;
import nl.wegwijzer.casework.model.CaseTransfer;
import nl.wegwijzer.casework.model.EventKind;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.model.TransferStatus;
import nl.wegwijzer.casework.notice.CaseTransferOffered;
import nl.wegwijzer.casework.repository.CaseEventRepository;
import nl.wegwijzer.casework.repository.CaseTransferRepository;
import nl.wegwijzer.casework.repository.SignalRepository;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * Transfer of a case to another region when the person moves. A coordinator of the case's region
 * offers it; a coordinator of the receiving region accepts or refuses. On acceptance the case and
 * its signals move there, so the access follows them; the sending region keeps only the fact of the
 * transfer ({@link #list}). Both regions' coordinators see the transfer in that list, and the
 * access log of the case and of each signal records it.
 */
@ApplicationScoped
@Transactional
public class TransferService {

  private final CaseService cases;
  private final CaseTransferRepository transfers;
  private final SignalRepository signals;
  private final CaseEventRepository events;
  private final PlaceService places;
  private final ActorRegions regions;
  private final FieldCipher cipher;
  private final AccessLog accessLog;
  private final Event<CaseTransferOffered> offered;
  private final Clock clock;

  protected TransferService() {
    this(null, null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public TransferService(
      CaseService cases,
      CaseTransferRepository transfers,
      SignalRepository signals,
      CaseEventRepository events,
      PlaceService places,
      ActorRegions regions,
      FieldCipher cipher,
      AccessLog accessLog,
      Event<CaseTransferOffered> offered,
      Clock clock) {
    this.cases = cases;
    this.transfers = transfers;
    this.signals = signals;
    this.events = events;
    this.places = places;
    this.regions = regions;
    this.cipher = cipher;
    this.accessLog = accessLog;
    this.offered = offered;
    this.clock = clock;
  }

  /**
   * A transfer as a coordinator of either region sees it. The note (why, where to) is for the
   * receiving region, and for the sending one only while the offer is open; after acceptance the
   * sending region sees nothing of the case but this line.
   */
  public record TransferView(
      long id,
      String caseNumber,
      String fromRegion,
      String toRegion,
      String status,
      OffsetDateTime offeredAt,
      String offeredBy,
      OffsetDateTime answeredAt,
      String answeredBy,
      String note,
      String refusal,
      boolean incoming) {

    static TransferView of(CaseTransfer t, Actor actor, FieldCipher cipher) {
      boolean incoming = actor.covers(t.toRegion());
      boolean noteShown = incoming || t.status() == TransferStatus.OFFERED;
      return new TransferView(
          t.id(),
          t.caseNumber(),
          t.fromRegion().code(),
          t.toRegion().code(),
          Views.code(t.status()),
          t.offeredAt(),
          t.offeredBy(),
          t.answeredAt(),
          t.answeredBy(),
          noteShown ? cipher.open(t.note()) : null,
          cipher.open(t.refusal()),
          incoming);
    }
  }

  /** Offers an open case of the actor's region to another region; one open offer at a time. */
  public TransferView offer(Actor actor, String number, String toRegion, String note) {
    CaseFile caseFile = cases.visible(actor, number);
    if (transfers.openOffer(caseFile).isPresent()) {
      throw new InvalidInputException("toRegion", "this case is already offered to a region");
    }
    CaseTransfer transfer =
        transfers.add(
            new CaseTransfer(
                caseFile,
                regionOf(toRegion),
                cipher.seal(Text.optional(note, "transferNote", CaseService.MAX_TITLE)),
                actor.username(),
                now()));
    event(actor, caseFile, EventKind.TRANSFER_OFFERED, transfer);
    accessLog.record(
        actor, AccessAction.UPDATE, SubjectType.CASE, caseFile.number(), "transfer-offered");
    offered.fire(new CaseTransferOffered(transfer.toRegion().code()));
    return TransferView.of(transfer, actor, cipher);
  }

  /**
   * The receiving region takes the case: it and its signals move there. An offer answered meanwhile
   * by a colleague is a conflict.
   */
  public TransferView accept(Actor actor, long transferId) {
    CaseTransfer transfer = incoming(actor, transferId);
    String why =
        "transfer-accepted " + transfer.fromRegion().code() + " -> " + transfer.toRegion().code();
    transfer.accept(actor.username(), now());
    CaseFile caseFile = transfer.caseFile();
    for (Signal signal : signals.ofCase(caseFile)) {
      signal.followCase();
      accessLog.record(actor, AccessAction.UPDATE, SubjectType.SIGNAL, signal.reference(), why);
    }
    event(actor, caseFile, EventKind.TRANSFER_ACCEPTED, transfer);
    accessLog.record(actor, AccessAction.UPDATE, SubjectType.CASE, caseFile.number(), why);
    signals.flush();
    return TransferView.of(transfer, actor, cipher);
  }

  /** The receiving region refuses the case, with a reason; it stays where it is. */
  public TransferView refuse(Actor actor, long transferId, String reason) {
    CaseTransfer transfer = incoming(actor, transferId);
    transfer.refuse(
        cipher.seal(Text.optional(reason, "reason", CaseService.MAX_TITLE)),
        actor.username(),
        now());
    event(actor, transfer.caseFile(), EventKind.TRANSFER_REFUSED, transfer);
    accessLog.record(
        actor, AccessAction.UPDATE, SubjectType.CASE, transfer.caseNumber(), "transfer-refused");
    signals.flush();
    return TransferView.of(transfer, actor, cipher);
  }

  /** Transfers from and to the actor's regions, newest first; each listed case is logged. */
  public List<TransferView> list(Actor actor) {
    List<CaseTransfer> found = transfers.ofRegions(regions.idsOf(actor));
    accessLog.recordListing(
        actor,
        SubjectType.CASE,
        found.stream().map(CaseTransfer::caseNumber).distinct().toList(),
        "transfers");
    return found.stream().map(t -> TransferView.of(t, actor, cipher)).toList();
  }

  /** One transfer from or to the actor's regions; any other does not exist for them. */
  public TransferView read(Actor actor, long transferId) {
    CaseTransfer transfer =
        transfers
            .find(transferId)
            .filter(t -> actor.covers(t.fromRegion()) || actor.covers(t.toRegion()))
            .orElseThrow(() -> new NotFoundException("transfer", String.valueOf(transferId)));
    accessLog.record(actor, AccessAction.READ, SubjectType.CASE, transfer.caseNumber(), "transfer");
    return TransferView.of(transfer, actor, cipher);
  }

  /** An offer to one of the actor's regions; any other does not exist for them. */
  private CaseTransfer incoming(Actor actor, long transferId) {
    CaseTransfer transfer =
        transfers
            .find(transferId)
            .filter(t -> actor.covers(t.toRegion()))
            .orElseThrow(() -> new NotFoundException("transfer", String.valueOf(transferId)));
    if (transfer.status() != TransferStatus.OFFERED) {
      throw new ConflictException("transfer " + transferId + " was already answered");
    }
    return transfer;
  }

  private Region regionOf(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("toRegion", "is required");
    }
    try {
      return places.region(code.strip());
    } catch (NotFoundException e) {
      throw new InvalidInputException("toRegion", "no region '" + code.strip() + "'");
    }
  }

  private void event(Actor actor, CaseFile caseFile, EventKind kind, CaseTransfer transfer) {
    events.add(
        new CaseEvent(
            caseFile,
            now(),
            actor.username(),
            kind,
            transfer.fromRegion().code() + " -> " + transfer.toRegion().code()));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
