import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

// Found by QA as an installing admin: npm 11 ends `npm ci` with "npm warn install-scripts ... not yet
// covered by allowScripts" for every dependency whose install script the project has not decided on, and
// npm 12 skips those scripts. argon2's is the one that builds it when its prebuilt binary does not load
// here (it crashed on a Debian 12 machine), so an undecided script is a broken install to come.
const read = async (path: string) =>
  JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), "utf8")) as Record<string, unknown>;

/** The dependencies the lockfile says have an install script, by name. */
async function withInstallScripts(): Promise<string[]> {
  const lock = (await read("package-lock.json")) as {
    packages: Record<string, { hasInstallScript?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== "" && entry.hasInstallScript === true)
    .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length))
    .sort();
}

describe("the install scripts of the dependencies", () => {
  it("each has the project's decision in package.json's allowScripts, so npm ci warns of none", async () => {
    const allowScripts = ((await read("package.json")).allowScripts ?? {}) as Record<string, boolean>;
    // Keys may be pinned ("argon2@0.45.1"); a scoped name starts with "@".
    const decided = Object.keys(allowScripts).map((key) => key.replace(/(?<=.)@.*$/, ""));
    for (const name of await withInstallScripts()) expect(decided, name).toContain(name);
  });

  it("lets argon2's run: it builds argon2 where its prebuilt binary does not load", async () => {
    const allowScripts = ((await read("package.json")).allowScripts ?? {}) as Record<string, boolean>;
    expect(allowScripts.argon2).toBe(true);
  });
});
