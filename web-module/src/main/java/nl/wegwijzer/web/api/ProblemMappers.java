package nl.wegwijzer.web.api;

import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.content.service.InvalidFieldsException;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.platform.DatabaseFailure;
import nl.wegwijzer.web.platform.DomainFailure;

/** Turns every exception that leaves a resource into problem+json. */
public final class ProblemMappers {

  private static final String TYPE_BASE = "https://wegwijzer.nl/problemen/";
  private static final String BUNDLE = "nl.wegwijzer.web.i18n.faults";
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  static String instance(HttpServletRequest request) {
    return request == null ? null : request.getRequestURI();
  }

  /** Bad input: 400 with the field and what is wrong with it. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(InvalidInputException e) {
      return respond(e, request);
    }

    static Response respond(InvalidInputException e, HttpServletRequest request) {
      return new Problem(
              TYPE_BASE + "ongeldige-invoer",
              "Invalid request",
              400,
              e.field() + ": " + e.getMessage(),
              instance(request),
              e.field())
          .toResponse();
    }
  }

  /** A version whose fields do not pass the kind's check: 400 naming every field and problem. */
  @Provider
  public static class FieldsRefused implements ExceptionMapper<InvalidFieldsException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(InvalidFieldsException e) {
      return respond(e, request);
    }

    static Response respond(InvalidFieldsException e, HttpServletRequest request) {
      List<FieldProblem> problems = e.problems();
      return new Problem(
              TYPE_BASE + "ongeldige-invoer",
              "Invalid request",
              400,
              problems.stream()
                  .map(p -> p.field() + ": " + p.problem())
                  .collect(Collectors.joining("; ")),
              instance(request),
              problems.isEmpty() ? null : problems.get(0).field())
          .toResponse();
    }
  }

  /**
   * A step the editorial workflow does not allow: 403 where the caller may not take it (their own
   * change, another region's organisation), else 409 (it does not fit where the version stands).
   */
  @Provider
  public static class Workflow implements ExceptionMapper<WorkflowException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(WorkflowException e) {
      return respond(e, request);
    }

    static Response respond(WorkflowException e, HttpServletRequest request) {
      boolean forbidden =
          e.reason() == WorkflowException.Reason.NOT_YOUR_REGION
              || e.reason() == WorkflowException.Reason.OWN_CHANGE;
      return new Problem(
              TYPE_BASE + (forbidden ? "niet-toegestaan" : "conflict"),
              forbidden ? "Forbidden" : "Conflict",
              forbidden ? 403 : 409,
              e.getMessage(),
              instance(request),
              null)
          .toResponse();
    }
  }

  /** An unknown id or slug: 404. */
  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(NotFoundException e) {
      return respond(e, request);
    }

    static Response respond(NotFoundException e, HttpServletRequest request) {
      return new Problem(
              TYPE_BASE + "niet-gevonden",
              "Not found",
              404,
              e.getMessage(),
              instance(request),
              null)
          .toResponse();
    }
  }

  /**
   * Someone else changed the thing first, whether a service saw the newer version or the database
   * found it at commit: 409, and the client reads the current state before it tries again.
   */
  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(ConflictException e) {
      return respond(request);
    }

    static Response respond(HttpServletRequest request) {
      return new Problem(
              TYPE_BASE + "conflict",
              "Conflict",
              409,
              "changed by someone else meanwhile; nothing was saved. Read it again and retry.",
              instance(request),
              null)
          .toResponse();
    }
  }

  /** Bean Validation on resource parameters: 400. */
  @Provider
  public static class ConstraintViolation implements ExceptionMapper<ConstraintViolationException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      String detail =
          e.getConstraintViolations().stream()
              .map(v -> v.getPropertyPath() + ": " + v.getMessage())
              .sorted()
              .collect(Collectors.joining("; "));
      return new Problem(
              TYPE_BASE + "ongeldige-invoer",
              "Invalid request",
              400,
              detail,
              instance(request),
              null)
          .toResponse();
    }
  }

  /** A request body that is not valid JSON for the resource: 400. */
  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonbException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(JsonbException e) {
      return respond(request);
    }

    static Response respond(HttpServletRequest request) {
      return new Problem(
              TYPE_BASE + "ongeldige-invoer",
              "Invalid request",
              400,
              "the request body is not valid JSON for this request",
              instance(request),
              null)
          .toResponse();
    }
  }

  /** JAX-RS's own errors (unknown path 404, wrong method 405, 406, 415…), with their status. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 500) {
        if (DatabaseFailure.unavailable(e)) {
          return Unavailable.respond(e, request);
        }
        LOG.log(Level.SEVERE, "API error", e);
        return Unexpected.problem(request);
      }
      Response.Status known = Response.Status.fromStatusCode(status);
      String title = known == null ? "Request failed" : known.getReasonPhrase();
      Response problem =
          new Problem(TYPE_BASE + "http-" + status, title, status, title, instance(request), null)
              .toResponse();
      String allow = e.getResponse().getHeaderString("Allow");
      return allow == null
          ? problem
          : Response.fromResponse(problem).header("Allow", allow).build();
    }
  }

  /** Anything else is our fault: 500 with no details, logged for us. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
      return respond(e, request);
    }

    static Response respond(Throwable e, HttpServletRequest request) {
      Optional<RuntimeException> refusal = DomainFailure.of(e);
      if (refusal.isPresent()) {
        if (refusal.get() instanceof InvalidInputException invalid) {
          return InvalidInput.respond(invalid, request);
        }
        if (refusal.get() instanceof NotFoundException notFound) {
          return NotFound.respond(notFound, request);
        }
        if (refusal.get() instanceof WorkflowException workflow) {
          return Workflow.respond(workflow, request);
        }
        if (refusal.get() instanceof InvalidFieldsException fields) {
          return FieldsRefused.respond(fields, request);
        }
        return Conflict.respond(request);
      }
      // Jersey wraps a body that JSON-B cannot read in a ProcessingException.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof JsonbException) {
          return MalformedJson.respond(request);
        }
        if (cause.getCause() == cause) {
          break;
        }
      }
      if (DatabaseFailure.unavailable(e)) {
        return Unavailable.respond(e, request);
      }
      if (DatabaseFailure.refusedText(e)) {
        return new Problem(
                TYPE_BASE + "ongeldige-invoer",
                "Invalid request",
                400,
                ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString("refused.text.detail"),
                instance(request),
                null)
            .toResponse();
      }
      LOG.log(Level.SEVERE, "Unexpected API error", e);
      return problem(request);
    }

    static Response problem(HttpServletRequest request) {
      return new Problem(
              TYPE_BASE + "interne-fout",
              "Internal error",
              500,
              "Something went wrong on our side. Please try again later.",
              instance(request),
              null)
          .toResponse();
    }
  }

  /**
   * A failure in a {@code @Transactional} method or its commit. Jersey brings its own mapper for
   * this type, which rethrows what no other mapper takes, and the container then answers with its
   * HTML 500 page (a registration whose commit met a PostgreSQL restart got that). JAX-RS picks the
   * mapper of higher priority between two for the same type, so this one answers, like any other
   * failure.
   */
  @Provider
  @Priority(1)
  public static class Transactional implements ExceptionMapper<TransactionalException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(TransactionalException e) {
      return Unexpected.respond(e, request);
    }
  }

  /**
   * The database is briefly away (restarting, failing over): 503 with Retry-After, so a client
   * knows to try again rather than report a bug. Logged in one line: the outage itself is logged by
   * the pool, and a stack trace per request would bury it.
   */
  public static final class Unavailable {
    private Unavailable() {}

    static Response respond(Throwable e, HttpServletRequest request) {
      LOG.warning(() -> "database unavailable for " + instance(request) + ": " + e);
      return Response.fromResponse(problem(instance(request)).toResponse())
          .header("Retry-After", DatabaseFailure.RETRY_AFTER_SECONDS)
          .build();
    }

    /** The problem itself, also for failures met before a resource runs (servlet filters). */
    public static Problem problem(String instance) {
      ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
      return new Problem(
          TYPE_BASE + "tijdelijk-niet-beschikbaar",
          texts.getString("outage.api.title"),
          503,
          texts.getString("outage.api.detail"),
          instance,
          null);
    }
  }
}
