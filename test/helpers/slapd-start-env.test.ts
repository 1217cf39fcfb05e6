import { describe, expect, it } from "vitest";
import { sambaStartEnv, slapdStartEnv } from "./slapd-start-env.js";

/**
 * A services test that stops slapd starts it again with scripts/slapd/start.sh. Started on other ports
 * (`eval "$(SLAPD_PORT=3897 SLAPD_LDAPS_PORT=6367 bash scripts/slapd/start.sh)"`, as beside another
 * checkout's slapd), the test's environment has only the LDAP_TEST_* lines the script printed: the restart
 * must come back where the tests connect, not on the default ports.
 */
describe("restarting the tests' slapd", () => {
  const printed = {
    LDAP_TEST_URL: "ldaps://127.0.0.1:6367",
    LDAP_TEST_STARTTLS_URL: "ldap://127.0.0.1:3897",
    LDAP_TEST_PID_FILE: "/srv/other/slapd/run/slapd.pid",
  };

  it("listens again on the ports and data the LDAP_TEST_* variables name", () => {
    expect(slapdStartEnv({ PATH: "/usr/bin", ...printed })).toMatchObject({
      PATH: "/usr/bin",
      SLAPD_PORT: "3897",
      SLAPD_LDAPS_PORT: "6367",
      SLAPD_DIR: "/srv/other/slapd",
    });
  });

  it("the ports the tests connect to win over stale SLAPD_* variables; without LDAP_TEST_* the script's own defaults stay", () => {
    expect(slapdStartEnv({ SLAPD_PORT: "3890", SLAPD_LDAPS_PORT: "6360", ...printed })).toMatchObject({
      SLAPD_PORT: "3897",
      SLAPD_LDAPS_PORT: "6367",
    });
    const bare = slapdStartEnv({ PATH: "/usr/bin" });
    expect(bare).toEqual({ PATH: "/usr/bin" });
    expect(slapdStartEnv({ SLAPD_PORT: "3899" })).toEqual({ SLAPD_PORT: "3899" });
  });
});

/**
 * The same for Samba: a test that stops it (ldap-reset-ad's "Samba stopped...") starts it again with
 * scripts/samba/start.sh of the checkout running the tests. Without SAMBA_DIR from AD_TEST_PID_FILE, that
 * script provisioned a new domain with a new certificate in this checkout's .services/samba, and the Samba
 * the other checkouts' tests shared then served a certificate their AD_TEST_CA_FILE did not hold.
 */
describe("restarting the tests' Samba", () => {
  it("starts the domain the AD_TEST_* variables name", () => {
    const printed = { PATH: "/usr/bin", AD_TEST_PID_FILE: "/srv/other/samba/run/samba.pid" };
    expect(sambaStartEnv(printed)).toMatchObject({ PATH: "/usr/bin", SAMBA_DIR: "/srv/other/samba" });
    expect(sambaStartEnv({ PATH: "/usr/bin" })).toEqual({ PATH: "/usr/bin" });
  });
});
