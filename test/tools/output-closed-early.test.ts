import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bundledEntry } from "../helpers/bundled-entry.js";

/**
 * The first lines only: `npm run audit -- --since 7d | head`, `npm run leavers --silent -- --dry-run | head`.
 * The reader closes the pipe before the tool writes (its `--help` here, as its report needs a real Redis).
 */
function runWithOutputClosed(tool: "audit" | "leavers") {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bundledEntry(tool), "--help"], {
      env: { PATH: process.env.PATH ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/*
 * QA (as an installing admin) piped `npm run audit` into `head` and got a Node crash: "Unhandled 'error'
 * event", "write EPIPE" and a stack trace, exit code 1, as if the export had failed. A reader that has
 * read enough is no failure: the tool stops quietly.
 */
describe("the admin tools, when whoever reads their output stops early (| head)", () => {
  it.each(["audit", "leavers"] as const)("npm run %s stops quietly with exit code 0", async (tool) => {
    const { code, stderr } = await runWithOutputClosed(tool);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|\bat /);
    expect(code).toBe(0);
  });
});
