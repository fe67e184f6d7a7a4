/**
 * Part of the global setup: looks for the browser once per run. When it is missing (and not
 * required), leaves the line that says so in PITLANE_BROWSER_MISSING, for the summary reporter to
 * print once at the end of the run, next to the skipped count.
 */
import { browserRequired, missingBrowser } from '../support/browser-location';

export default function browserCheck(): void {
  const missing = missingBrowser();
  if (missing && !browserRequired()) process.env.PITLANE_BROWSER_MISSING = missing;
  else delete process.env.PITLANE_BROWSER_MISSING;
}
