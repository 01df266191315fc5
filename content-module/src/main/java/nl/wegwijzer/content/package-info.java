/**
 * The guide's content: the four phases of support and their steps, rights and regulations,
 * information pages, the indicator list, documents and the editorial workflow. Depends on the
 * directory (a step names the care needs whose organisations help); nothing depends on it but the
 * case module and the WAR.
 */
package nl.wegwijzer.content;
