import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledEntry, REPO } from "../helpers/bundled-entry.js";

const LEAVERS = bundledEntry("leavers");

function run(env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [LEAVERS, "--dry-run"],
      { env: { PATH: process.env.PATH ?? "", ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr }),
    );
  });
}

describe("npm run leavers with a mistake in the school file", () => {
  it("stops with the bot's own words for it and exit code 2 (a file to fix, not an outage to wait out)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "leavers-school-file-"));
    try {
      const school = JSON.parse(await readFile(join(REPO, "data/demo-school.json"), "utf8")) as {
        people: Record<string, unknown>[];
      };
      school.people[1]!.disable = true;
      const file = join(dir, "school.json");
      await writeFile(file, JSON.stringify(school));
      // Nothing listens on port 1: the file is refused before Redis is needed.
      const { code, stdout, stderr } = await run({ REDIS_URL: "redis://127.0.0.1:1", DIRECTORY_FILE: file });
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(
        `npm run leavers cannot run: DIRECTORY_FILE: ${file} has a mistake:\n  - S1002: "disable" is not one of a person's keys: did you mean "disabled"?`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
