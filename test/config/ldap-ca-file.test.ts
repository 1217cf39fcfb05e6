import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

const LDAP = {
  DIRECTORY: "ldap",
  LDAP_URL: "ldaps://dc1.school.local",
  LDAP_BIND_DN: "cn=bot,dc=school",
  LDAP_BIND_PASSWORD: "bind-password-secret",
  LDAP_BASE_DN: "dc=school",
};

describe("LDAP_TLS_CA_FILE must hold a certificate in PEM form, which is all Node's TLS reads", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "ca-"));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it("a DER export (Windows' .cer), a key or any other file stops the start, saying how to convert", async () => {
    const der = join(dir, "school-ca.cer");
    await writeFile(der, Buffer.from([0x30, 0x82, 0x03, 0x1d, 0x30, 0x82, 0x02, 0x05]));
    const message = problemsWith({ ...LDAP, LDAP_TLS_CA_FILE: der });
    expect(message).toContain(`LDAP_TLS_CA_FILE: ${der} holds no certificate in PEM form`);
    expect(message).toContain("openssl x509 -inform der");
    expect(message).not.toContain("bind-password-secret");
  });

  it("a PEM certificate is taken", async () => {
    const pem = join(dir, "school-ca.pem");
    await writeFile(pem, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    expect(loadConfig({ ...LDAP, LDAP_TLS_CA_FILE: pem }).ldap?.tlsCaFile).toBe(pem);
  });
});
