package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** The taxonomy of care needs by which organisations are found. */
public enum CareNeed implements Coded {
  LEGAL_AID,
  MEDICAL_CARE,
  PSYCHOLOGICAL_CARE,
  SHELTER,
  SAFETY,
  RESIDENCE_ADVICE,
  INTERPRETING,
  WORK_AND_INCOME,
  RETURN_ASSISTANCE
}
