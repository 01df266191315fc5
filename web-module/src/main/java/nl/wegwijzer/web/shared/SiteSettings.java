package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.wegwijzer.web.http.SecurityHeadersFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings the public pages show: whether this is a demo, and the optional national helpline. */
@Named
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

  @Inject
  @ConfigProperty(
      name = "wegwijzer.accessibility.contact",
      defaultValue = "toegankelijkheid@wegwijzer.example")
  String accessibilityContact;

  /** Where visitors report what they cannot read or use (the accessibility statement). */
  public String getAccessibilityContact() {
    return accessibilityContact;
  }

  public boolean isDemo() {
    return demoDirectory.filter(d -> !d.isBlank()).isPresent();
  }

  public String getHelplineName() {
    return helplineName.orElse("");
  }

  public String getHelplinePhone() {
    return helplinePhone.orElse("");
  }

  @Inject
  @ConfigProperty(name = "payara.security.openid.providerURI")
  Optional<String> loginProvider;

  /** For PrimeFaces' CSP (web.xml). */
  @Named
  @jakarta.enterprise.inject.Produces
  public CspPolicy cspPolicy() {
    return new CspPolicy(
        SecurityHeadersFilter.pagePolicy(loginProvider.map(SiteSettings::origin).orElse(null)));
  }

  private static String origin(String url) {
    java.net.URI uri = java.net.URI.create(url);
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  /** The page policy as a bean with a property, so web.xml can refer to it in EL. */
  public record CspPolicy(String pages) {
    public String getPages() {
      return pages;
    }
  }
}
