import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/bundled-entry.js";

/**
 * A tool that ends the way `npm run leavers -- --dry-run` does when more than a fifth of the people are
 * missing: its report on standard output (longer than a pipe holds), then exit code 3 ("this needs --force"),
 * then its store closed. Its reader has stopped early (`| head`, a pager quit at the first screen).
 */
const TOOL_WITH_CODE_3 = `
  import { stopWhenOutputClosed } from "./src/tools/stop-when-output-closed.ts";
  stopWhenOutputClosed();
  process.stdout.write("  S1001\\n".repeat(20_000));
  process.exitCode = 3;
  await new Promise((closed) => setImmediate(closed));
  process.stderr.write("store closed\\n");
`;

function runWithOutputClosed() {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", TOOL_WITH_CODE_3],
      {
        cwd: REPO,
        env: { PATH: process.env.PATH ?? "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/*
 * A reader that stopped early is no failure, but it is no success either: a cron job's dry run that found
 * too many leavers must still say 3, not 0, and the tool still closes its store. Before, the closed pipe
 * ended the tool at once with exit code 0, whatever its run had found.
 */
describe("an admin tool whose reader stops early", () => {
  it("ends with the exit code of its own run, after closing what it opened", async () => {
    const { code, stderr } = await runWithOutputClosed();
    expect(stderr).not.toMatch(/EPIPE|Unhandled|\bat /);
    expect(stderr).toContain("store closed");
    expect(code).toBe(3);
  });
});
