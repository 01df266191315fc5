/**
 * The web edge: the screens (Faces), the API (JAX-RS) and the servlets around them. A screen is
 * built one way:
 *
 * <ul>
 *   <li>its view under {@code src/main/webapp/views}, its backing bean ({@code …Backing}) in the
 *       package of its page path, calling services only;
 *   <li>forms with the tags of {@code WEB-INF/wegwijzer.taglib.xml}: {@code w:form} (carries the
 *       page's CSP nonce), {@code w:field} (label, hint, message, {@code aria-invalid}, {@code
 *       aria-describedby}), {@code w:message};
 *   <li>a paged list with {@link nl.wegwijzer.web.shared.Pager} and {@code w:pager};
 *   <li>what is typed kept as text by field name in a form object per section (e.g. {@code
 *       coordinatie.ReferralForm}), read into the service's arguments with every unreadable value
 *       noted by field, so a refusal shows next to the field with the typed text kept.
 * </ul>
 */
package nl.wegwijzer.web;
