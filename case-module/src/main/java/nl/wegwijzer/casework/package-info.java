/**
 * Coordinators' work: signals, cases, referrals, tasks, the timeline, reports and retention.
 * Depends on the directory (regions, organisations) and the content (the indicator list).
 */
package nl.wegwijzer.casework;
