import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLE_DIR, REPO } from "../helpers/bundled-entry.js";

/*
 * Found in QA: the production install the docs give (`npm ci && npm run build && npm ci --omit=dev`) has no
 * tsx, so `npm run audit` and `npm run leavers`, which the bot's own messages tell admins to run, failed
 * with "sh: 1: tsx: not found" (exit code 127). Here a pruned install is laid out cheaply: package.json and
 * scripts/ as in a checkout, no src/, the unit project's bundles of the tools standing in for `dist/tools`,
 * and a node_modules whose packages are the checkout's but that has no .bin (so no tsx, as after
 * `--omit=dev`). scripts/ci/prod-smoke.sh runs the same two commands on a real build and a real prune.
 */
let install = "";

beforeAll(async () => {
  install = await mkdtemp(join(tmpdir(), "sspr-pruned-"));
  await cp(join(REPO, "package.json"), join(install, "package.json"));
  await cp(join(REPO, "scripts"), join(install, "scripts"), { recursive: true });
  await mkdir(join(install, "dist/tools"), { recursive: true });
  await cp(join(REPO, "scripts/thread-pool.cjs"), join(install, "dist/thread-pool.cjs"));
  for (const name of await readdir(BUNDLE_DIR)) {
    const out = { "audit.mjs": "audit-export.js", "leavers.mjs": "leavers.js" }[name] ?? name;
    await cp(join(BUNDLE_DIR, name), join(install, "dist/tools", out));
  }
  await mkdir(join(install, "node_modules"));
  for (const name of await readdir(join(REPO, "node_modules"))) {
    if (name === ".bin") continue;
    await symlink(join(REPO, "node_modules", name), join(install, "node_modules", name));
  }
});

afterAll(async () => {
  if (install !== "") await rm(install, { recursive: true, force: true });
});

function npmRun(script: string, args: string[]) {
  // Without the checkout's node_modules/.bin, which `npx vitest` puts on PATH: an admin's shell has none.
  const path = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => !dir.endsWith(join("node_modules", ".bin")))
    .join(delimiter);
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", script, "--", ...args],
      { cwd: install, env: { PATH: path, HOME: process.env.HOME ?? install } },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr }),
    );
  });
}

describe("the admin tools on a production install (development dependencies pruned)", () => {
  it("npm run audit -- --help runs the built tool and exits 0", async () => {
    const { code, stdout, stderr } = await npmRun("audit", ["--help"]);
    expect(stderr).toBe("");
    expect(stdout).toContain("Prints the audit stream");
    expect(code).toBe(0);
  });

  it("npm run leavers -- --help runs the built tool and exits 0", async () => {
    const { code, stdout, stderr } = await npmRun("leavers", ["--help"]);
    expect(stderr).toBe("");
    expect(stdout).toContain("Usage: npm run leavers");
    expect(code).toBe(0);
  });
});
