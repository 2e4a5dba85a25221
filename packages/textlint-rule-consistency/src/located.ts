import type { Finding, Prose } from "@copydesk/prose";

/** A finding and the prose block it is in: the checks decide over the whole document, so each finding says where it belongs. */
export interface LocatedFinding {
  readonly prose: Prose;
  readonly finding: Finding;
}
