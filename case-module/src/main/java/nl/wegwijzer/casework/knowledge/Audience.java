package nl.wegwijzer.casework.knowledge;

import nl.wegwijzer.directory.support.Coded;

/**
 * Which professionals the knowledge was given to: the partners of a coordinator's network named in
 * the domain (municipalities, care organisations, police, labour inspectorate, border police,
 * lawyers, migrant organisations), with shelters, health care and education beside them.
 */
public enum Audience implements Coded {
  POLICE,
  BORDER_POLICE,
  LABOUR_INSPECTORATE,
  MUNICIPALITY,
  CARE,
  SHELTER,
  HEALTH,
  EDUCATION,
  LEGAL,
  MIGRANT_ORGANISATION,
  OTHER
}
