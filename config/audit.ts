/**
 * Accepted exceptions to the dependency audit (`npm run audit:deps`): advisories that are reported as
 * high or critical for a runtime dependency but have been reviewed and accepted, each with its
 * reason and a date by which it must be reviewed again. Empty: no exception is accepted today.
 */
export interface AcceptedAdvisory {
  /** The package the advisory is reported on. */
  package: string;
  /** The advisory's URL or GHSA id, as npm audit reports it. */
  advisory: string;
  /** Why it does not put readers at risk (e.g. build-time only code path). */
  reason: string;
  /** ISO date; after it the exception no longer applies. */
  reviewBy: string;
}

export const acceptedAdvisories: AcceptedAdvisory[] = [];
