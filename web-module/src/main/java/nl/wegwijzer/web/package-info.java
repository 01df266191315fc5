/**
 * The web edge: the screens (Faces), the API (JAX-RS) and the servlets around them. A screen is
 * built one way:
 *
 * <ul>
 *   <li>its view under {@code src/main/webapp/views}; its backing bean, calling services only,
 *       named after it: {@code coordinatie/case.xhtml} is {@code coordinatie.CaseBacking}, EL name
 *       {@code caseBacking} (a plain {@code @Named}); the folder is the package, the root views are
 *       in {@code site}; a view name used in two folders takes its folder ({@code
 *       RedactieIndexBacking}); a bean serving several views ({@code CaseworkLists}) is named after
 *       what it serves;
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
