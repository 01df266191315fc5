package nl.wegwijzer.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under {@code /api}; resources live in the modules that own the data. */
@ApplicationPath("api")
public class WegwijzerApi extends Application {}
