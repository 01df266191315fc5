package nl.wegwijzer.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import nl.wegwijzer.directory.service.Hsds;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}; resources live in the modules that own the data. Callers
 * authenticate with a bearer token from Keycloak (MicroProfile JWT); the application must be a CDI
 * bean for the token to be injectable.
 */
@ApplicationPath(WegwijzerApi.PATH)
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "wegwijzer")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Wegwijzer API",
            version = "1",
            description =
                "The public directory of organisations that help victims of human trafficking, and"
                    + " the care coordinator for every place in the Netherlands. Errors are RFC 9457"
                    + " problem details. The published directory of organisations, also as Open"
                    + " Referral HSDS 3.0 under /api/hsds/, is open data under CC0 1.0; contact"
                    + " details of professionals in it remain personal data under the GDPR"
                    + " (/ontwikkelaars).",
            license = @License(name = Hsds.LICENCE_TITLE, url = Hsds.LICENCE_URL)))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token from Wegwijzer's Keycloak (docs/security.md)")
public class WegwijzerApi extends Application {

  /** Where the API is mapped, and so the servlet path of every request JAX-RS serves (with "/"). */
  public static final String PATH = "api";
}
