// Adds up vitest JSON reports and prints the closing line CI reads: "N passed, N failed".
// A report that is missing (its run crashed before writing) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
// Lint or typecheck failures, counted by .ci/run.
let failed = Number(process.env.CHECKS_FAILED ?? 0);
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`no report at ${file}: that suite did not finish`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  // A test file that fails to load, or whose set-up throws (its tests then count as skipped), has no
  // failed test in the counts but is a failure all the same.
  failed += (report.testResults ?? []).filter(
    (r) => r.status === "failed" && !r.assertionResults.some((a) => a.status === "failed"),
  ).length;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
