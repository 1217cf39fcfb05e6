import { execFile } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { bundledEntry } from "../helpers/bundled-entry.js";

const LEAVERS = bundledEntry("leavers");

/** A port on this machine that nothing listens on: a connection to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function run(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [LEAVERS, ...args],
      { env: { PATH: process.env.PATH ?? "", ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr }),
    );
  });
}

/*
 * QA (as an installing admin) saw `npm run leavers` against a Redis that was not running "finish without
 * error in about a second". It fails: a cron job or systemd timer must see the failure in the exit code,
 * and the admin must read why and what to check, with no report on standard output that looks like a run.
 */
describe("npm run leavers with Redis not running", () => {
  it.each([[["--dry-run"]], [[]]])(
    "exits 1 saying Redis did not answer, with no report (%j)",
    async (args) => {
      const port = await closedPort();
      const { code, stdout, stderr } = await run(args, {
        REDIS_URL: `redis://127.0.0.1:${port}`,
        DIRECTORY_FILE: "data/demo-school.json",
      });
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain(`The leavers run failed: Redis did not answer (redis 127.0.0.1:${port})`);
      expect(stderr).toContain("check that it is running and reachable, and REDIS_URL");
    },
  );
});
