import { dirname } from "node:path";

/**
 * The environment for scripts/slapd/start.sh when a test starts slapd again after stopping it: the ports
 * and data directory of the LDAP_TEST_* variables the script printed (SLAPD_PORT, SLAPD_LDAPS_PORT,
 * SLAPD_DIR), so it comes back where the tests connect even when the shell that started it set other ports
 * only for the script. Without those variables, the environment as it is (the script's defaults).
 */
export function slapdStartEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const portOf = (url: string | undefined) => (url === undefined ? "" : new URL(url).port);
  const ldapPort = portOf(env.LDAP_TEST_STARTTLS_URL);
  const ldapsPort = portOf(env.LDAP_TEST_URL);
  const pidFile = env.LDAP_TEST_PID_FILE;
  return {
    ...env,
    ...(ldapPort === "" ? {} : { SLAPD_PORT: ldapPort }),
    ...(ldapsPort === "" ? {} : { SLAPD_LDAPS_PORT: ldapsPort }),
    // start.sh keeps its pid file at $SLAPD_DIR/run/slapd.pid.
    ...(pidFile === undefined ? {} : { SLAPD_DIR: dirname(dirname(pidFile)) }),
  };
}

/**
 * The environment for scripts/samba/start.sh when a test starts Samba again after stopping it: the domain
 * directory of AD_TEST_PID_FILE (SAMBA_DIR), so the Samba the tests connect to comes back with its own
 * certificate, not as a new domain provisioned in this checkout's .services/samba.
 */
export function sambaStartEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const pidFile = env.AD_TEST_PID_FILE;
  // start.sh keeps its pid file at $SAMBA_DIR/run/samba.pid.
  return { ...env, ...(pidFile === undefined ? {} : { SAMBA_DIR: dirname(dirname(pidFile)) }) };
}
