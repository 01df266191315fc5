package nl.wegwijzer.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The visitor's address for the per-address limits of the public forms. Behind the balancer every
 * request comes from the balancer's address, so that address alone would put all visitors into one
 * bucket; when the direct peer is one of the trusted proxies ({@code WEGWIJZER_TRUSTED_PROXIES},
 * comma-separated addresses, empty by default), the right-most address in X-Forwarded-For that is
 * not itself a trusted proxy is taken instead. Addresses to the left of it could be made up by the
 * visitor, so they are never used.
 */
@ApplicationScoped
public class ClientAddress {

  private static final String FORWARDED_FOR = "X-Forwarded-For";

  private final Set<String> trustedProxies;

  /**
   * The list arrives as one comma-separated string: Payara's config producer fails with a
   * ClassCastException on {@code Optional<List<String>>} when the property is not set.
   */
  @Inject
  ClientAddress(@ConfigProperty(name = "wegwijzer.trusted-proxies") Optional<String> proxies) {
    this.trustedProxies =
        Set.copyOf(
            java.util.Arrays.stream(proxies.orElse("").split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList());
  }

  /** For CDI's proxy only. */
  protected ClientAddress() {
    this.trustedProxies = Set.of();
  }

  public String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    if (!trustedProxies.contains(peer)) {
      return peer;
    }
    List<String> chain = new java.util.ArrayList<>();
    java.util.Enumeration<String> headers = request.getHeaders(FORWARDED_FOR);
    while (headers != null && headers.hasMoreElements()) {
      for (String hop : headers.nextElement().split(",")) {
        if (!hop.isBlank()) {
          chain.add(hop.strip());
        }
      }
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (!trustedProxies.contains(chain.get(i))) {
        return chain.get(i);
      }
    }
    return peer;
  }
}
