package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.wegwijzer.web.http.SecurityHeadersFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings the public pages show: whether this is a demo, and the optional national helpline. */
@Named("siteSettings")
@ApplicationScoped
public class SiteSettings {

  @Inject
  @ConfigProperty(name = "wegwijzer.demo-data.dir")
  Optional<String> demoDirectory;

  @Inject
  @ConfigProperty(name = "wegwijzer.helpline.name")
  Optional<String> helplineName;

  @Inject
  @ConfigProperty(name = "wegwijzer.helpline.phone")
  Optional<String> helplinePhone;

  public boolean isDemo() {
    return demoDirectory.filter(d -> !d.isBlank()).isPresent();
  }

  public String getHelplineName() {
    return helplineName.orElse("");
  }

  public String getHelplinePhone() {
    return helplinePhone.orElse("");
  }

  /** For PrimeFaces' CSP (web.xml). */
  @Named("cspPolicy")
  @jakarta.enterprise.inject.Produces
  public CspPolicy cspPolicy() {
    return new CspPolicy(SecurityHeadersFilter.PAGE_POLICY);
  }

  /** The page policy as a bean with a property, so web.xml can refer to it in EL. */
  public record CspPolicy(String pages) {
    public String getPages() {
      return pages;
    }
  }
}
