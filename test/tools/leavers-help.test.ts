import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { bundledEntry } from "../helpers/bundled-entry.js";

const run = promisify(execFile);

describe("npm run leavers -- --help", () => {
  it("says where the settings come from: the environment and .env, as for the bot", async () => {
    const { stdout } = await run(process.execPath, [bundledEntry("leavers"), "--help"], {
      env: { PATH: process.env.PATH ?? "" },
    });
    expect(stdout).toContain("Usage: npm run leavers");
    expect(stdout).toMatch(/\.env\b/);
    expect(stdout).toMatch(/environment/);
  });
});
