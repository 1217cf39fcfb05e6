import { z } from "zod";
import { choice, flag, integer, optionalString } from "./env-types.js";
import { urlShapeProblem } from "./url-shape.js";

/**
 * The steps of one password change on LDAP, each bounded by LDAP_TIMEOUT_MS (see ldap-directory.ts
 * setPassword): connect, StartTLS, the service account's bind, the search, the modify, the put-back modify,
 * and the unbind. Keep it in step with that code.
 */
export const LDAP_SET_PASSWORD_STEPS = 7;

/** "ldaps" or "ldap" for an LDAP URL with a host; undefined for anything else. */
export function ldapScheme(url: string): "ldap" | "ldaps" | undefined {
  if (!URL.canParse(url)) return undefined;
  const { protocol, hostname } = new URL(url);
  if (hostname === "") return undefined;
  return protocol === "ldaps:" ? "ldaps" : protocol === "ldap:" ? "ldap" : undefined;
}

/** The LDAP directory (OpenLDAP or Active Directory); used when DIRECTORY=ldap. */
export const ldapSettings = z
  .object({
    LDAP_URL: optionalString.superRefine((url, ctx) => {
      if (url !== undefined && ldapScheme(url) !== undefined) {
        // The bot logs LDAP_URL (the start, each directory failure): a login in it would reach the log.
        const { username, password } = new URL(url);
        if (username === "" && password === "") return;
        ctx.addIssue({
          code: "custom",
          message:
            "must not hold a user name or password (ldaps://dc1.school.local:636): the bot logs in as LDAP_BIND_DN and LDAP_BIND_PASSWORD, and LDAP_URL is written to the log",
        });
        return;
      }
      if (url === undefined) return;
      const shape = urlShapeProblem(
        url,
        ["ldap", "ldaps"],
        "the bot uses one directory server (for several, a name that points at them all, as AD's domain name does)",
      );
      ctx.addIssue({
        code: "custom",
        message: shape ?? "is not an LDAP URL (ldap:// or ldaps://), e.g. ldaps://dc1.school.local:636",
      });
    }),
    LDAP_BIND_DN: optionalString,
    LDAP_BIND_PASSWORD: optionalString,
    LDAP_BASE_DN: optionalString,
    LDAP_FLAVOUR: choice(["openldap", "ad"], "openldap"),
    LDAP_ID_ATTRIBUTE: optionalString,
    LDAP_NAME_ATTRIBUTE: optionalString,
    LDAP_EMAIL_ATTRIBUTE: optionalString,
    LDAP_CLASS_ATTRIBUTE: optionalString,
    LDAP_CLASS_GROUP_BASE_DN: optionalString,
    LDAP_TEACHER_GROUP_DN: optionalString,
    LDAP_ADMIN_GROUP_DN: optionalString,
    LDAP_USER_FILTER: optionalString,
    LDAP_STARTTLS: flag(false),
    LDAP_TLS_CA_FILE: optionalString,
    LDAP_TLS_INSECURE: flag(false),
    LDAP_TIMEOUT_MS: integer(5000, 100, 120_000),
  })
  .transform((env) => ({
    url: env.LDAP_URL,
    bindDn: env.LDAP_BIND_DN,
    bindPassword: env.LDAP_BIND_PASSWORD,
    baseDn: env.LDAP_BASE_DN,
    flavour: env.LDAP_FLAVOUR,
    idAttribute: env.LDAP_ID_ATTRIBUTE ?? (env.LDAP_FLAVOUR === "ad" ? "sAMAccountName" : "uid"),
    nameAttribute: env.LDAP_NAME_ATTRIBUTE ?? (env.LDAP_FLAVOUR === "ad" ? "displayName" : "cn"),
    emailAttribute: env.LDAP_EMAIL_ATTRIBUTE ?? "mail",
    classAttribute: env.LDAP_CLASS_ATTRIBUTE,
    classGroupBaseDn: env.LDAP_CLASS_GROUP_BASE_DN,
    teacherGroupDn: env.LDAP_TEACHER_GROUP_DN,
    adminGroupDn: env.LDAP_ADMIN_GROUP_DN,
    /** Which entries under LDAP_BASE_DN are people who may log in; the id is matched within these. */
    userFilter:
      env.LDAP_USER_FILTER ??
      (env.LDAP_FLAVOUR === "ad"
        ? "(&(objectCategory=person)(objectClass=user))"
        : "(objectClass=inetOrgPerson)"),
    startTls: env.LDAP_STARTTLS,
    tlsCaFile: env.LDAP_TLS_CA_FILE,
    tlsInsecure: env.LDAP_TLS_INSECURE,
    timeoutMs: env.LDAP_TIMEOUT_MS,
    /** The longest a password change can take before every step has timed out. */
    setPasswordMaxMs: LDAP_SET_PASSWORD_STEPS * env.LDAP_TIMEOUT_MS,
  }));

export type LdapSettings = z.output<typeof ldapSettings>;
