package nl.wegwijzer.web.security;

import fish.payara.security.openid.api.OpenIdContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one authentication mechanism the container sees: the API ({@code /api/…}) authenticates
 * bearer tokens with MicroProfile JWT, screens log in with OpenID Connect. Jakarta Security allows
 * one mechanism per application, and both would otherwise be candidates. A bearer token that was
 * verified before is not verified again while it is valid ({@link VerifiedTokens}).
 *
 * <p>Public pages never touch Keycloak: the OpenID Connect mechanism is only asked for protected
 * pages and the login callback. When Keycloak cannot be reached there, the visitor gets a page that
 * says so instead of an error.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class RoutingAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_TARGET = "wegwijzer.login.target";
  static final String UNAVAILABLE_PATH = "/inloggen-niet-beschikbaar";
  private static final String OPENID_MECHANISM =
      "fish.payara.security.openid.OpenIdAuthenticationMechanism";
  private static final String JWT_MECHANISM = "JWTAuthenticationMechanism";
  private static final Logger LOG =
      Logger.getLogger(RoutingAuthenticationMechanism.class.getName());

  /**
   * Payara's JWT identity store logs every refused bearer token at INFO with its whole stack trace
   * (about 5 kB), so whoever sends bad tokens fills the log: ApiFuzzIT's 10,000 requests left 2,600
   * of them (14 MB), each formatted by the server. A refused token is an ordinary 401; the store's
   * warnings still show. Kept in a field: a logger that nothing references can be collected, and
   * its level with it.
   */
  private static final Logger JWT_STORE =
      quieter("fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore");

  private static Logger quieter(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.WARNING);
    return logger;
  }

  @Inject BeanManager beans;
  @Inject VerifiedTokens verifiedTokens;
  @Inject Instance<OpenIdContext> openId;

  private final java.util.Map<String, HttpAuthenticationMechanism> found =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Payara's mechanism beans, found by class name: they are not on our compile class path, and as
   * plain beans beside this alternative they are not offered by typesafe resolution.
   */
  private HttpAuthenticationMechanism mechanism(String className) {
    return found.computeIfAbsent(
        className,
        name -> {
          for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            boolean named =
                bean.getBeanClass().getName().contains(name)
                    || bean.getTypes().stream().anyMatch(type -> type.getTypeName().contains(name));
            boolean mechanismBean =
                bean.getTypes().contains(HttpAuthenticationMechanism.class)
                    || HttpAuthenticationMechanism.class.isAssignableFrom(bean.getBeanClass());
            if (named && mechanismBean && !bean.getTypes().contains(getClass())) {
              return (HttpAuthenticationMechanism)
                  beans.getReference(
                      bean,
                      bean.getTypes().contains(HttpAuthenticationMechanism.class)
                          ? HttpAuthenticationMechanism.class
                          : bean.getBeanClass(),
                      beans.createCreationalContext(bean));
            }
          }
          throw new IllegalStateException("No authentication mechanism " + name);
        });
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean isApi(HttpServletRequest request) {
    return pathOf(request).startsWith("/api/");
  }

  private static boolean needsLogin(HttpServletRequest request, HttpMessageContext context) {
    String path = pathOf(request);
    return context.isProtected() || path.equals(KeycloakLogin.CALLBACK_PATH);
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (isApi(request)) {
      String authorization = request.getHeader("Authorization");
      if (authorization == null) {
        return context.doNothing();
      }
      Optional<VerifiedTokens.Verified> known = verifiedTokens.find(authorization);
      if (known.isPresent()) {
        return context.notifyContainerAboutLogin(known.get().caller(), known.get().groups());
      }
      try {
        AuthenticationStatus status =
            mechanism(JWT_MECHANISM).validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS) {
          verifiedTokens.remember(authorization, context.getCallerPrincipal(), context.getGroups());
        }
        return status;
      } catch (RuntimeException unreadableToken) {
        LOG.log(Level.FINE, "Bearer token refused", unreadableToken);
        return context.responseUnauthorized();
      }
    }
    if (!needsLogin(request, context)) {
      return context.doNothing();
    }
    Optional<OpenIdContext> loggedIn = establishedLogin(request);
    if (loggedIn.isPresent()) {
      return context.notifyContainerAboutLogin(
          loggedIn.get().getCallerName(), loggedIn.get().getCallerGroups());
    }
    try {
      AuthenticationStatus status =
          mechanism(OPENID_MECHANISM).validateRequest(request, response, context);
      if (status == AuthenticationStatus.SEND_CONTINUE
          && context.isProtected()
          && "GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        request
            .getSession()
            .setAttribute(LOGIN_TARGET, pathOf(request) + (query == null ? "" : "?" + query));
      }
      return status;
    } catch (RuntimeException | AuthenticationException keycloakUnreachable) {
      LOG.log(Level.WARNING, "Login is not available: " + keycloakUnreachable.getMessage());
      try {
        response.sendRedirect(request.getContextPath() + UNAVAILABLE_PATH);
      } catch (IOException e) {
        throw new AuthenticationException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
  }

  /**
   * The session's login, when this session has logged in before. Its caller and groups are handed
   * to the container here, by name, on every request. Payara's mechanism instead hands back the
   * session's principal object, and the container then rebuilds the caller's groups from security
   * state that the request thread kept from whatever request it served before: under parallel load
   * another session's state, and a wrong 403 (AuthorizationMatrixIT's parallel walk).
   */
  private Optional<OpenIdContext> establishedLogin(HttpServletRequest request) {
    if (request.getUserPrincipal() == null || !openId.isResolvable()) {
      return Optional.empty();
    }
    try {
      OpenIdContext login = openId.get();
      return login.getCallerName() == null ? Optional.empty() : Optional.of(login);
    } catch (RuntimeException noLoginInThisSession) {
      return Optional.empty();
    }
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      mechanism(JWT_MECHANISM).cleanSubject(request, response, context);
      return;
    }
    // Screens log out through LogoutServlet, which also ends the session at Keycloak.
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
