package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.model.Coordination;
import nl.wegwijzer.directory.model.CoordinatorContact;
import nl.wegwijzer.directory.model.CoordinatorScope;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.repository.CoordinationRepository;
import nl.wegwijzer.directory.repository.RegionRepository;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PublishesContent;

/** Setting who coordinates the care in each region. */
@ApplicationScoped
@Transactional
public class CoordinationService {

  private final CoordinationRepository coordinations;
  private final RegionRepository regions;

  protected CoordinationService() {
    this(null, null);
  }

  @Inject
  public CoordinationService(CoordinationRepository coordinations, RegionRepository regions) {
    this.coordinations = coordinations;
    this.regions = regions;
  }

  /** Whether the national fallback is set: coordination was set up before. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean hasNational() {
    return coordinations.findNational().isPresent();
  }

  /** Sets the national fallback and the regions listed; regions not listed are left as they are. */
  @PublishesContent
  public void apply(CoordinationSetup setup) {
    CoordinatorContact national = contact(setup.national());
    coordinations
        .findNational()
        .ifPresentOrElse(
            existing -> existing.assignSingle(national),
            () -> coordinations.add(Coordination.national(national)));
    for (CoordinationSetup.RegionEntry entry : setup.regions()) {
      Region region = regions.getByCode(entry.region());
      Map<CoordinatorScope, CoordinatorContact> contacts =
          entry.coordinators().stream()
              .map(CoordinationService::contact)
              .collect(Collectors.toMap(CoordinatorContact::appliesTo, Function.identity()));
      if (contacts.isEmpty()) {
        throw new InvalidInputException("coordinators", "region " + entry.region() + " has none");
      }
      Coordination coordination =
          coordinations
              .findForRegion(region)
              .orElseGet(
                  () -> coordinations.add(Coordination.forRegion(region, placeholder(contacts))));
      if (entry.splitAge() == null) {
        coordination.assignSingle(required(contacts, CoordinatorScope.ALL));
      } else {
        coordination.assignSplit(
            entry.splitAge(),
            required(contacts, CoordinatorScope.BELOW_SPLIT),
            required(contacts, CoordinatorScope.FROM_SPLIT));
      }
    }
  }

  private static CoordinatorContact placeholder(
      Map<CoordinatorScope, CoordinatorContact> contacts) {
    CoordinatorContact any = contacts.values().iterator().next();
    return new CoordinatorContact(
        CoordinatorScope.ALL, any.organisation(), any.phone(), any.email(), any.website());
  }

  private static CoordinatorContact required(
      Map<CoordinatorScope, CoordinatorContact> contacts, CoordinatorScope scope) {
    CoordinatorContact contact = contacts.get(scope);
    if (contact == null) {
      throw new InvalidInputException(
          "coordinators", "a contact for " + scope.code() + " is needed");
    }
    return contact;
  }

  private static CoordinatorContact contact(CoordinationSetup.Contact contact) {
    if (contact == null) {
      throw new InvalidInputException("coordinators", "contact details are missing");
    }
    return new CoordinatorContact(
        contact.appliesTo() == null ? CoordinatorScope.ALL : contact.appliesTo(),
        contact.organisation(),
        contact.phone(),
        contact.email(),
        contact.website());
  }
}
