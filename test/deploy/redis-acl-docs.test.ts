import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { aclNeeded } from "../../src/tools/store-failure-words.js";

const root = new URL("../../", import.meta.url);

/** The rules of docs/configuration.md's `ACL SETUSER sspr-bot ...` line, quotes taken off. */
async function documentedRules(): Promise<string> {
  const docs = await readFile(new URL("docs/configuration.md", root), "utf8");
  const line = /ACL SETUSER sspr-bot on '>PASSWORD' (.*)/.exec(docs)![1]!;
  return line.replaceAll("'", "");
}

describe("the Redis ACL an admin copies from docs/configuration.md", () => {
  it("is the ACL the services suite runs every store operation under (test/services/redis-acl-user.test.ts)", async () => {
    const tested = await readFile(new URL("test/services/redis-acl-user.test.ts", root), "utf8");
    const rules = /userArgs\(BOT, `(.*)`\)/.exec(tested)![1]!.replace("${PREFIX}", "sspr:");
    expect(await documentedRules()).toBe(rules);
  });

  it("holds every rule a refused command's words say the user needs", async () => {
    const documented = (await documentedRules()).split(" ");
    for (const rule of aclNeeded("sspr:").split(" ")) expect(documented).toContain(rule);
  });

  it("gives the sentinels' user the ACL of the sentinel the services suite runs (test/services/private-sentinel.ts)", async () => {
    const sentinel = await readFile(new URL("test/services/private-sentinel.ts", root), "utf8");
    const rules = /on >\$\{options\.user\.password\} (.*)`/.exec(sentinel)![1]!;
    const docs = (await readFile(new URL("docs/configuration.md", root), "utf8")).replaceAll("\n", " ");
    expect(docs).toContain(`user sspr-sentinel on >PASSWORD ${rules}\``);
  });
});
