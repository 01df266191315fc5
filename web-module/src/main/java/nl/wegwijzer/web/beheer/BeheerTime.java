package nl.wegwijzer.web.beheer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.wegwijzer.directory.service.AuditTrail;

/** A moment on the administrators' screens (a proposal, a last login), in Dutch time. */
@Named
@ApplicationScoped
public class BeheerTime {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  public String moment(Instant at) {
    return at == null ? "" : at.atZone(AuditTrail.ZONE).format(SHOWN);
  }
}
