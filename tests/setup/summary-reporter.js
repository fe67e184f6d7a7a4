/**
 * Prints one plain closing line, "Tests: N passed, N failed", that any CI can read. It goes to
 * stderr, like jest's own summary, and after it (this reporter is listed after 'default').
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stderr.write(
      `\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
module.exports = SummaryReporter;
