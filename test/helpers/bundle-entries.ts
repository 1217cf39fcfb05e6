import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { build } from "esbuild";
import type { TestProject } from "vitest/node";
import { BUNDLE_DIR, ENTRIES, REPO } from "./bundled-entry.js";

/**
 * Bundles ENTRIES (about a fifth of a second for all). Packages stay in node_modules, so argon2's native
 * binding loads as in production. What an entry imports only when it runs (main.ts's run-bot.ts, the tools'
 * app.ts) is a chunk of its own, as tsx loads it only then: a start refused for its settings stays cheap.
 * Each file is written whole (a rename), so a run beside another in the same checkout never starts half of
 * one; chunks of an older src (named by their contents' hashes) are removed.
 */
async function bundleEntries(): Promise<void> {
  const { outputFiles } = await build({
    absWorkingDir: REPO,
    entryPoints: Object.entries(ENTRIES).map(([out, input]) => ({ in: input, out })),
    outdir: BUNDLE_DIR,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    splitting: true,
    write: false,
    logLevel: "warning",
  });
  await mkdir(BUNDLE_DIR, { recursive: true });
  for (const file of outputFiles) {
    const partial = `${file.path}.${process.pid}`;
    await writeFile(partial, file.contents);
    await rename(partial, file.path);
  }
  const current = new Set(outputFiles.map((file) => basename(file.path)));
  for (const name of await readdir(BUNDLE_DIR)) {
    if (name.endsWith(".mjs") && !current.has(name)) await rm(`${BUNDLE_DIR}/${name}`, { force: true });
  }
}

/** The unit project's global set-up: once a run, and again before each rerun in watch mode (src may have changed). */
export default async function setup(project: TestProject): Promise<void> {
  await bundleEntries();
  project.onTestsRerun(bundleEntries);
}
