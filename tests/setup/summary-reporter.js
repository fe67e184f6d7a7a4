/**
 * Prints one plain closing line, "Tests: N passed, N failed", that any CI can read. Jest prints
 * its own summary after the reporters run, so the line is written as the process exits, last.
 * When the browser tests were skipped for want of Chromium (tests/setup/browser-check.ts), the
 * line saying so comes just before it, once.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    const browserMissing = skipped && process.env.PITLANE_BROWSER_MISSING ? `\n*** ${process.env.PITLANE_BROWSER_MISSING} ***\n` : '';
    process.once('exit', () => process.stderr.write(browserMissing + line));
  }
}
module.exports = SummaryReporter;
