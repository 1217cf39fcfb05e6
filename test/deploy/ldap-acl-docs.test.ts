import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);

/** The `access to` rules of a slapd.conf text, one string each, comments and blank lines left out. */
function accessRules(text: string): string[] {
  const rules: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("access to ")) rules.push(line.trim());
    else if (/^\s+by /.test(line) && rules.length > 0) rules[rules.length - 1] += ` ${line.trim()}`;
  }
  return rules;
}

/**
 * Found by QA as an installing admin: docs/directory.md's "least privileges" left out the rule that the
 * slapd the tests run against has, so an admin who copied it let every logged-in person read everyone's
 * pwdHistory (their old password hashes) and pwdFailureTime.
 */
describe("the OpenLDAP access rules an admin copies from docs/directory.md", () => {
  it("are the rules of the slapd the tests run against (scripts/slapd/start.sh)", async () => {
    const script = await readFile(new URL("scripts/slapd/start.sh", root), "utf8");
    const conf = /cat >"\$DIR\/slapd\.conf" <<CONF\n([\s\S]*?)\nCONF/
      .exec(script)![1]!
      .replaceAll("$SUFFIX", "dc=school,dc=example")
      .replaceAll("$SERVICE_DN", "cn=pwreset,ou=services,dc=school,dc=example");
    const docs = await readFile(new URL("docs/directory.md", root), "utf8");
    const documented = /\*\*Least privileges\*\*[\s\S]*?```\n([\s\S]*?)```/.exec(docs)![1]!;
    expect(accessRules(conf).length).toBeGreaterThan(3);
    expect(accessRules(documented)).toEqual(accessRules(conf));
  });
});
