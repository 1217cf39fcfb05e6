/**
 * The host and port an LDAP_URL connects to, as ldapts picks them: the URL's port, else the scheme's own
 * (636 for ldaps://, 389 for ldap://). For the start line and errors, so that an LDAP_URL written without
 * its port still says which port was reached. Never the URL's login or path. Undefined for no LDAP URL.
 */
export function ldapServer(url: string | undefined): { host: string; port: string } | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const { protocol, hostname, port } = new URL(url);
  if (hostname === "" || (protocol !== "ldaps:" && protocol !== "ldap:")) return undefined;
  return { host: hostname, port: port || (protocol === "ldaps:" ? "636" : "389") };
}
