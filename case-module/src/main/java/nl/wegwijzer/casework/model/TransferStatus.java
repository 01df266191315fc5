package nl.wegwijzer.casework.model;

import nl.wegwijzer.directory.support.Coded;

/** Where the offer of a case to another region stands. */
public enum TransferStatus implements Coded {
  OFFERED,
  ACCEPTED,
  REFUSED
}
