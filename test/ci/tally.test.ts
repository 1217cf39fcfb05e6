import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const TALLY = new URL("../../.ci/tally.mjs", import.meta.url).pathname;
const run = promisify(execFile);

/** The closing line CI prints for these vitest JSON reports, and its exit code. */
async function tally(dir: string, ...reports: object[]): Promise<{ line: string; code: number }> {
  const files = await Promise.all(
    reports.map(async (report, i) => {
      const file = join(dir, `report-${i}.json`);
      await writeFile(file, JSON.stringify(report));
      return file;
    }),
  );
  try {
    const { stdout } = await run(process.execPath, [TALLY, ...files], { env: { PATH: process.env.PATH } });
    return { line: stdout.trim(), code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    return { line: failed.stdout.trim(), code: failed.code };
  }
}

describe("CI's total over the suites", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tally-"));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it("adds up the passed and failed tests of every report", async () => {
    const report = (passed: number, failed: number) => ({
      numPassedTests: passed,
      numFailedTests: failed,
      testResults: [
        {
          status: failed > 0 ? "failed" : "passed",
          assertionResults: [{ status: failed > 0 ? "failed" : "passed" }],
        },
      ],
    });
    expect(await tally(dir, report(3, 0), report(2, 1))).toEqual({ line: "5 passed, 1 failed", code: 1 });
  });

  // A beforeAll that throws marks its file failed and its tests skipped: nothing failed by count, yet the
  // file tested nothing.
  it("counts a test file that failed with its tests skipped as a failure", async () => {
    const report = {
      numPassedTests: 4,
      numFailedTests: 0,
      testResults: [
        { status: "passed", assertionResults: [{ status: "passed" }] },
        { status: "failed", assertionResults: [{ status: "skipped" }] },
      ],
    };
    expect(await tally(dir, report)).toEqual({ line: "4 passed, 1 failed", code: 1 });
  });
});
