import { fileURLToPath } from "node:url";

/** The commands tests start as real processes, by the name a test asks for (bundled by bundle-entries.ts). */
export const ENTRIES = {
  bot: "src/main.ts",
  leavers: "src/tools/leavers.ts",
  audit: "src/tools/audit-export.ts",
} as const;

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
// Two levels below the repository, as src/directory/school-file.ts is: its `../../data` is the same folder.
export const BUNDLE_DIR = `${REPO}.test-build/bin`;

/**
 * One command as a single JavaScript file, for `node` to start (`spawn(process.execPath, [bundledEntry("leavers")])`):
 * what a test of a process's behaviour (exit code, standard input, output) runs. Each start through tsx
 * compiled and loaded the bot's TypeScript file by file again; `npm start` itself (tsx) keeps one test, the
 * console demo's. The unit project's global set-up (bundle-entries.ts) writes the files before any test runs.
 */
export function bundledEntry(name: keyof typeof ENTRIES): string {
  return `${BUNDLE_DIR}/${name}.mjs`;
}
