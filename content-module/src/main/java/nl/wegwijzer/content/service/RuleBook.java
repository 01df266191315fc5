package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import nl.wegwijzer.content.model.DeadlineKind;
import nl.wegwijzer.content.model.Regulation;
import nl.wegwijzer.content.repository.RegulationRepository;
import nl.wegwijzer.content.rules.EligibilityRules;
import nl.wegwijzer.content.rules.RuleAnswer;
import nl.wegwijzer.content.rules.VictimProfile;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * The published rules as the case work asks them: which regulation sets a deadline on a day, and
 * what it answers for a person. The same engine and data as the public guide.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RuleBook {

  private final RegulationRepository regulations;
  private final EligibilityRules rules;

  protected RuleBook() {
    this(null, null);
  }

  @Inject
  public RuleBook(RegulationRepository regulations, EligibilityRules rules) {
    this.regulations = regulations;
    this.rules = rules;
  }

  /**
   * The answer of the published regulation whose rule version on {@code start} sets a reflection
   * period; none on that day is an {@link InvalidInputException} on {@code reflectionStart}.
   */
  public RuleAnswer reflectionPeriod(VictimProfile profile, LocalDate start) {
    for (Regulation regulation : regulations.published()) {
      boolean sets =
          regulation
              .ruleOn(start)
              .flatMap(rule -> rule.deadline(DeadlineKind.REFLECTION_PERIOD))
              .isPresent();
      if (sets) {
        return rules.answer(regulation, profile, start);
      }
    }
    throw new InvalidInputException(
        "reflectionStart", "no published rule sets a reflection period on " + start);
  }
}
