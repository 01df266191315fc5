package nl.wegwijzer.casework.model;

import java.time.LocalDate;
import java.time.MonthDay;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * What is known of a person's age: an age in years or only a birth year, or nothing. With only a
 * birth year the person may not have had this year's birthday yet, so the rules use the lowest age
 * the person can have: a child is never taken for an adult.
 */
public record PersonAge(Integer age, Integer birthYear) {

  public static final int CONSENT_AGE = 16;
  public static final int OLDEST = 120;

  public static final PersonAge UNKNOWN = new PersonAge(null, null);

  /** Checks the ranges; both may be given when they agree. */
  public static PersonAge of(Integer age, Integer birthYear, LocalDate on) {
    if (age != null && (age < 0 || age > OLDEST)) {
      throw new InvalidInputException("age", "must be between 0 and " + OLDEST);
    }
    if (birthYear != null && (birthYear > on.getYear() || birthYear < on.getYear() - OLDEST)) {
      throw new InvalidInputException(
          "birthYear", "must be between " + (on.getYear() - OLDEST) + " and " + on.getYear());
    }
    PersonAge known = new PersonAge(age, birthYear);
    if (age != null && birthYear != null) {
      int year = on.getYear() - birthYear;
      if (age != year && age != year - 1) {
        throw new InvalidInputException("age", "does not match the birth year");
      }
    }
    return known;
  }

  public boolean known() {
    return age != null || birthYear != null;
  }

  /** The lowest age the person can have on the given day; null when nothing is known. */
  public Integer lowestAgeOn(LocalDate on) {
    if (age != null) {
      return age;
    }
    if (birthYear == null) {
      return null;
    }
    boolean everyoneHadTheirBirthday = MonthDay.from(on).equals(MonthDay.of(12, 31));
    return Math.max(0, on.getYear() - birthYear - (everyoneHadTheirBirthday ? 0 : 1));
  }

  /** Whether the person may be under 18 on that day; null when nothing is known. */
  public Boolean minorOn(LocalDate on) {
    Integer lowest = lowestAgeOn(on);
    return lowest == null ? null : lowest < AgeGroup.AGE_OF_MAJORITY;
  }

  /**
   * The consent rule: consent given is signed, by the person from 16 and by a parent or guardian
   * below 16; consent not given or not asked has no signature.
   */
  public void checkConsent(Consent consent, ConsentSigner signer, LocalDate on) {
    if (consent != Consent.GIVEN) {
      if (signer != null) {
        throw new InvalidInputException(
            "consentSignedBy", "only consent that was given has someone who signed it");
      }
      return;
    }
    if (signer == null) {
      throw new InvalidInputException("consentSignedBy", "say who signed the consent");
    }
    Integer lowest = lowestAgeOn(on);
    if (signer == ConsentSigner.PERSON && (lowest == null || lowest < CONSENT_AGE)) {
      throw new InvalidInputException(
          "consentSignedBy",
          lowest == null
              ? "the person signs only from 16: fill in the age or birth year"
              : "below 16 a parent or guardian signs");
    }
    if (signer == ConsentSigner.PARENT_OR_GUARDIAN && lowest != null && lowest >= CONSENT_AGE) {
      throw new InvalidInputException("consentSignedBy", "from 16 the person signs themself");
    }
  }
}
