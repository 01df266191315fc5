package nl.wegwijzer.casework.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijzer.casework.model.CaseFile;
import nl.wegwijzer.casework.model.Nationalities;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

@ApplicationScoped
public class SignalRepository {

  /** How many candidates of the same nationality group are compared at most. */
  public static final int MAX_DUPLICATE_CANDIDATES = 500;

  private final EntityManager em;

  protected SignalRepository() {
    this.em = null;
  }

  @Inject
  public SignalRepository(EntityManager em) {
    this.em = em;
  }

  public Signal add(Signal signal) {
    em.persist(signal);
    return signal;
  }

  /** Writes pending changes now, so that a view built afterwards shows the new version. */
  public void flush() {
    em.flush();
  }

  /** Deletes a signal with its forms and its history. */
  public void remove(Signal signal) {
    em.remove(signal);
  }

  /** Signals set aside at triage before the moment, oldest first. */
  public List<Signal> setAsideBefore(OffsetDateTime before) {
    return em.createQuery(
            "select s from Signal s where s.status = nl.wegwijzer.casework.model.SignalStatus.SET_ASIDE"
                + " and s.triagedAt < :before order by s.triagedAt, s.id",
            Signal.class)
        .setParameter("before", before)
        .getResultList();
  }

  public Optional<Signal> findByReference(String reference) {
    return em.createNamedQuery("Signal.byReference", Signal.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  public Signal getByReference(String reference) {
    return findByReference(reference).orElseThrow(() -> new NotFoundException("signal", reference));
  }

  public boolean referenceTaken(String reference) {
    return em.createNamedQuery("Signal.referenceTaken", Long.class)
            .setParameter("reference", reference)
            .getSingleResult()
        > 0;
  }

  /** A signal that may follow its municipality, as stored: its region and sealed details. */
  public record Placed(long id, long regionId, String personSealed) {}

  /**
   * The next {@code count} signals after id {@code afterId} that follow their municipality when it
   * moves to another region: all with sealed details but those anonymised or of a closed case (its
   * history stays where it was). Where the municipality is can only be read from the sealed
   * details, so the caller opens them; read in batches of rows, not entities, so that a run over
   * every open signal stays small.
   */
  public List<Placed> mayMove(long afterId, int count) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select s.id, s.region_id, s.person_sealed from casework.signal s"
                    + " left join casework.case_file c on c.id = s.case_id"
                    + " where s.id > ?1 and s.person_sealed is not null and s.anonymised_at is null"
                    + " and (c.id is null or c.status = 'OPEN') order by s.id limit ?2")
            .setParameter(1, afterId)
            .setParameter(2, count)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Placed(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2]))
        .toList();
  }

  public Signal get(long id) {
    return em.find(Signal.class, id);
  }

  public List<Signal> ofCase(CaseFile caseFile) {
    return em.createNamedQuery("Signal.ofCase", Signal.class)
        .setParameter("caseFile", caseFile)
        .getResultList();
  }

  /**
   * Other signals in the regions with the same birth year, gender and nationality, newest first.
   * Only the nationality group is in clear, so the newest candidates of that group are read and
   * compared once opened.
   */
  public List<Signal> sameProfile(Signal signal, Set<Long> regionIds) {
    if (signal.age().birthYear() == null
        || signal.gender() == null
        || signal.nationality() == null
        || signal.nationality().equals(Nationalities.UNKNOWN)
        || regionIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Signal.possibleDuplicates", Signal.class)
        .setParameter("nationalityGroup", signal.nationalityGroup())
        .setParameter("regions", regionIds)
        .setParameter("id", signal.id())
        .setMaxResults(MAX_DUPLICATE_CANDIDATES)
        .getResultStream()
        .filter(
            s ->
                signal.age().birthYear().equals(s.age().birthYear())
                    && signal.gender() == s.gender()
                    && signal.nationality().equals(s.nationality()))
        .toList();
  }

  /** A page of the signals that match, newest first; the count stops at 10,001. */
  public Page<Signal> list(SignalFilter filter, PageRequest page) {
    BoundedPages.check(page);
    BoundedPages.Where where =
        new BoundedPages.Where()
            .in("s.region_id", filter.regionIds())
            .when(filter.status(), "s.status = ?")
            .when(
                filter.form(),
                "exists (select 1 from casework.signal_form f where f.signal_id = s.id"
                    + " and f.form = ?)")
            .when(filter.reporterType(), "s.reporter_type = ?")
            .when(filter.from(), "s.intake_date >= ?")
            .when(filter.until(), "s.intake_date <= ?");
    String from = "casework.signal s";
    long total = BoundedPages.count(em, from, where);
    if (total == 0) {
      return new Page<>(List.of(), page.number(), page.size(), 0);
    }
    List<Long> ids =
        BoundedPages.ids(em, "s.id", from, where, "s.created_at desc, s.id desc", page);
    return new Page<>(byIds(ids), page.number(), page.size(), total);
  }

  /** EclipseLink's query hint (QueryHints.READ_ONLY), named here to keep it off the class path. */
  private static final String READ_ONLY = "eclipselink.read-only";

  /** EclipseLink's batch reading (QueryHints.BATCH): a page's forms in one query, not one each. */
  private static final String BATCH = "eclipselink.batch";

  private static final String BATCH_TYPE = "eclipselink.batch.type";

  /**
   * The signals of one page of a list, read-only: a list is only shown, and registering twenty
   * signals in the unit of work (a copy each, compared again at commit) was a third of the list's
   * cost.
   */
  private List<Signal> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Signal> found =
        em.createQuery(
                "select s from Signal s join fetch s.region left join fetch s.caseFile"
                    + " where s.id in :ids",
                Signal.class)
            .setParameter("ids", ids)
            .setHint(READ_ONLY, true)
            .setHint(BATCH, "s.forms")
            .setHint(BATCH_TYPE, "IN")
            .getResultStream()
            .collect(Collectors.toMap(Signal::id, Function.identity()));
    return ids.stream().map(found::get).filter(s -> s != null).toList();
  }
}
