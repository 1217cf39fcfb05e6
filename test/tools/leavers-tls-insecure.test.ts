import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bundledEntry } from "../helpers/bundled-entry.js";

/*
 * `npm run leavers` logs in to the directory as the service account, as the bot does: with the certificate
 * check off, whoever is on the network path reads that password. The bot warns at start; so must the tool.
 */
describe("npm run leavers with LDAP_TLS_INSECURE on", () => {
  it("says on standard error that the directory's certificate is not checked", async () => {
    const env = {
      PATH: process.env.PATH ?? "",
      REDIS_URL: "unix:///nonexistent/qa-admin/redis.sock",
      DIRECTORY: "ldap",
      LDAP_URL: "ldaps://ldap.invalid:636",
      LDAP_BIND_DN: "cn=pwreset,dc=school,dc=test",
      LDAP_BIND_PASSWORD: "service-secret-0417",
      LDAP_BASE_DN: "dc=school,dc=test",
      LDAP_TLS_INSECURE: "true",
    };
    const stderr = await new Promise<string>((resolve) =>
      execFile(process.execPath, [bundledEntry("leavers"), "--dry-run"], { env }, (_error, _stdout, err) =>
        resolve(err),
      ),
    );
    expect(stderr).toContain("LDAP_TLS_INSECURE is on");
    expect(stderr).not.toContain("service-secret-0417");
  });
});
