import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { configVariableNames } from "../../src/config/load-config.js";

describe(".env.example", () => {
  it("documents every setting the bot reads, each with a comment above it", async () => {
    const example = await readFile(new URL("../../.env.example", import.meta.url), "utf8");
    const lines = example.split("\n");
    for (const name of configVariableNames()) {
      const at = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect(at, `${name} is missing from .env.example`).toBeGreaterThan(0);
      const above = lines
        .slice(0, at)
        .reverse()
        .find((line) => !/^[A-Z0-9_]+=/.test(line));
      expect(above, `${name} has no comment`).toMatch(/^# /);
    }
  });

  it("sends the reader of LDAP_BIND_DN to the page that has the service account's least privileges", async () => {
    const root = new URL("../../", import.meta.url);
    const example = await readFile(new URL(".env.example", root), "utf8");
    const lines = example.split("\n");
    const comment = lines[lines.findIndex((line) => line.startsWith("LDAP_BIND_DN=")) - 1] ?? "";
    const named = /see (the README|docs\/[\w-]+\.md)/.exec(comment)?.[1];
    expect(named, comment).toBeDefined();
    const page = named === "the README" ? "README.md" : named!;
    expect(await readFile(new URL(page, root), "utf8")).toMatch(/least privileges/i);
  });
});
