import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { z } from "zod";
import { ConfigError } from "../core/errors.js";
import { DEMO_SCHOOL_FILE } from "../directory/school-file.js";
import { alertsSettings } from "./alerts-settings.js";
import { coreSettings } from "./core-settings.js";
import { chosenDirectory, directorySettings } from "./directory-settings.js";
import { isSetIn, withoutBlankValues, type Environment } from "./env-types.js";
import { hashingSettings } from "./hashing-settings.js";
import { platformWithoutTokenWarnings } from "./platform-without-token.js";
import { isAdLoginName, isDnShaped } from "./dn-shape.js";
import { filterShapeProblem, idPlaceholderIn } from "./ldap-filter-shape.js";
import { ldapDespiteRefused } from "./ldap-despite-refused.js";
import { ldapScheme, ldapSettings, type LdapSettings } from "./ldap-settings.js";
import { redisSettings } from "./redis-settings.js";
import { serverSettings } from "./server-settings.js";
import { slackSettings } from "./slack-settings.js";
import { telegramSettings } from "./telegram-settings.js";
import { COMMENT_ADVICE, hasCommentAfter } from "./comment-in-value.js";
import { isInQuotes, QUOTES_ADVICE } from "./quoted-value.js";
import { cannotRead } from "./unreadable-file.js";

const PEPPER_ADVICE =
  "answers are kept hashed with it, and with a throw-away pepper none could be checked after a restart. " +
  "Make one with: openssl rand -base64 48. Keep it secret like a password (in the service's environment, " +
  "never in the repository) and never change it: answers hashed with another pepper can never be checked " +
  "again. To rotate it, see ANSWER_PEPPER_PREVIOUS in .env.example";

/** Every setting: one schema per concern, all read from the same environment. */
const sections = {
  core: coreSettings,
  hashing: hashingSettings,
  redis: redisSettings,
  directory: directorySettings,
  ldap: ldapSettings,
  telegram: telegramSettings,
  slack: slackSettings,
  alerts: alertsSettings,
  server: serverSettings,
};

export type Config = { [K in keyof typeof sections]: z.output<(typeof sections)[K]> };

/** The names of every environment variable the bot reads (for the check that .env.example documents each). */
export function configVariableNames(): string[] {
  return Object.values(sections).flatMap((schema) => Object.keys(schema.in.shape));
}

export interface LoadOptions {
  /**
   * False for a tool that never hashes or checks an answer and builds no app (the audit export): it needs
   * no ANSWER_PEPPER, even with a real Redis.
   */
  checksAnswers?: boolean;
}

interface Problem {
  variable: string;
  message: string;
}

/**
 * Reads the whole configuration from an environment (process.env by default).
 * Throws ConfigError listing every problem at once, each with the variable's name and how to fix it.
 * An empty or blank variable counts as unset, for every setting.
 */
export function loadConfig(environment: Environment = process.env, options: LoadOptions = {}): Config {
  const env = withoutBlankValues(environment);
  const parsed: Partial<Record<keyof Config, unknown>> = {};
  const problems: Problem[] = [];
  for (const [name, schema] of Object.entries(sections)) {
    const result = schema.safeParse(env);
    if (result.success) {
      parsed[name as keyof Config] = result.data;
    } else {
      for (const issue of result.error.issues) {
        problems.push({ variable: String(issue.path[0] ?? name), message: issue.message });
      }
    }
  }
  problems.push(...crossCheck(parsed as Partial<Config>, env, options.checksAnswers ?? true));
  if (problems.length > 0) {
    const lines = problems.map(
      (p) =>
        `  - ${p.variable}: ${p.message}${commentHint(env[p.variable], p.message)}${quotesHint(env[p.variable])}`,
    );
    throw new ConfigError(
      `${problems.length} setting${problems.length === 1 ? " needs" : "s need"} fixing.\n` +
        `${lines.join("\n")}\nSee .env.example for what each setting means.`,
    );
  }
  return withDerivedSettings(parsed as Config);
}

/** The comment hint for a refused value, unless the setting's own words already gave it (see url-shape.ts). */
function commentHint(value: string | undefined, message: string): string {
  if (value === undefined || !hasCommentAfter(value) || message.includes(COMMENT_ADVICE)) return "";
  return ` (its value has a comment after it: ${COMMENT_ADVICE})`;
}

/** The quotes hint for a refused value that a service manager kept in quotes. */
function quotesHint(value: string | undefined): string {
  return value !== undefined && isInQuotes(value) ? ` (its value is in quotes: ${QUOTES_ADVICE})` : "";
}

/** A margin over the slowest directory call, for the store round trips around it. */
const RESERVATION_MARGIN_MS = 30_000;

/**
 * Settings one concern takes from another: a reset holds its reservation (ResetGuard) for longer than the
 * slowest password change LDAP_TIMEOUT_MS allows, so no second reset can start while one is in flight.
 */
function withDerivedSettings(config: Config): Config {
  if (config.directory.kind !== "ldap") return config;
  const reservationMs = Math.max(
    config.core.reset.reservationMs,
    config.ldap.setPasswordMaxMs + RESERVATION_MARGIN_MS,
  );
  return { ...config, core: { ...config.core, reset: { ...config.core.reset, reservationMs } } };
}

/**
 * Rules that tie settings of several concerns together. A section that failed to parse has its own problem
 * listed already; whether a required variable is set at all is still read from `env`, so that one bad value
 * does not hide a missing one (every problem in one error).
 */
function crossCheck(config: Partial<Config>, env: Environment, checksAnswers: boolean): Problem[] {
  const problems: Problem[] = [];
  const problem = (variable: string, message: string) => problems.push({ variable, message });
  const isSet = (variable: string) => isSetIn(env, variable);
  const realChat = isSet("TELEGRAM_BOT_TOKEN") || isSet("SLACK_BOT_TOKEN");

  const realRedis =
    config.redis?.isReal ?? ["REDIS_URL", "REDIS_CLUSTER_NODES", "REDIS_SENTINELS"].some(isSet);
  const pepperMissing =
    config.core === undefined ? !isSet("ANSWER_PEPPER") : config.core.answerPepper === undefined;
  // Answers are hashed with the pepper wherever they are kept beyond this process: a throw-away one (the
  // demo's) would leave every answer in a real Redis uncheckable after a restart.
  if (checksAnswers && pepperMissing && (realRedis || realChat)) {
    const keeper = realRedis
      ? "a real Redis (REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS)"
      : "Telegram or Slack";
    problem("ANSWER_PEPPER", `is required with ${keeper}: ${PEPPER_ADVICE}`);
  }
  if (realChat && !realRedis) {
    problem(
      "REDIS_URL",
      "is required when Telegram or Slack is configured (the in-memory store forgets every student at restart), e.g. redis://127.0.0.1:6379",
    );
  }

  // Read from env, so that a webhook URL refused above does not hide a missing or bad secret.
  const webhookSecret = env.TELEGRAM_WEBHOOK_SECRET?.trim();
  if (isSet("TELEGRAM_BOT_TOKEN") && isSet("TELEGRAM_WEBHOOK_URL")) {
    if (webhookSecret === undefined || !/^[A-Za-z0-9_-]{16,256}$/.test(webhookSecret)) {
      problem(
        "TELEGRAM_WEBHOOK_SECRET",
        "is required with TELEGRAM_WEBHOOK_URL: 16 to 256 characters of A-Z, a-z, 0-9, _ and -; make one with: openssl rand -hex 32",
      );
    }
  }

  // Read from env, so that a refused Slack setting (SLACK_API_URL, say) does not hide a missing one.
  if (isSet("SLACK_BOT_TOKEN") && !isSet("SLACK_SIGNING_SECRET") && !isSet("SLACK_APP_TOKEN")) {
    problem(
      "SLACK_SIGNING_SECRET",
      "or SLACK_APP_TOKEN (Socket Mode) is required with SLACK_BOT_TOKEN: for HTTP mode the app's Basic Information → Signing Secret, or for Socket Mode SLACK_APP_TOKEN, the xapp-... token of Basic Information → App-Level Tokens (docs/slack.md)",
    );
  }

  if (isSet("ADMIN_ALERT_TELEGRAM_CHATS") && !isSet("TELEGRAM_BOT_TOKEN")) {
    problem("ADMIN_ALERT_TELEGRAM_CHATS", "needs TELEGRAM_BOT_TOKEN: alerts are sent by the Telegram bot");
  }
  if (isSet("ADMIN_ALERT_SLACK_CHANNEL") && !isSet("SLACK_BOT_TOKEN")) {
    problem("ADMIN_ALERT_SLACK_CHANNEL", "needs SLACK_BOT_TOKEN: alerts are posted by the Slack app");
  }

  // LDAP_URL alone chooses the LDAP directory; with a school file named too, the bot does not guess.
  const ambiguous = !isSet("DIRECTORY") && isSet("LDAP_URL") && isSet("DIRECTORY_FILE");
  // With no directory settled (that, or a DIRECTORY refused above), each kind whose settings are given is
  // checked too, so that the admin's one round of edits fixes it whichever DIRECTORY they then choose.
  const unsettled = ambiguous || (isSet("DIRECTORY") && config.directory === undefined);
  const directoryKind = config.directory?.kind ?? chosenDirectory(env);
  const ldapChecked = directoryKind === "ldap" || (unsettled && isSet("LDAP_URL"));
  const fileChecked = directoryKind === "memory" || (unsettled && isSet("DIRECTORY_FILE"));

  // The files are read later, while the app is built; a missing one is named here, with everything else.
  const files = [
    ...(fileChecked ? ["DIRECTORY_FILE"] : []),
    ...(ldapChecked ? ["LDAP_TLS_CA_FILE"] : []),
    "REDIS_TLS_CA_FILE",
    "QUESTIONS_FILE",
  ];
  for (const variable of files) {
    const path = env[variable]?.trim();
    const why = path === undefined ? undefined : unreadable(path);
    if (path !== undefined && why !== undefined) problem(variable, cannotRead(path, why));
    else if (variable.endsWith("_TLS_CA_FILE") && path !== undefined && !holdsPemCertificate(path)) {
      problem(
        variable,
        `${path} holds no certificate in PEM form (-----BEGIN CERTIFICATE-----), the only form the bot reads: convert a DER one (Windows' .cer export) with openssl x509 -inform der -in school-ca.cer -out school-ca.pem`,
      );
    }
  }

  // Its own value, so that another refused server setting (PORT, say) does not hide this problem.
  const leavers = serverSettings.in.shape.LEAVERS_INTERVAL_HOURS.safeParse(env.LEAVERS_INTERVAL_HOURS);
  const leaversHours = config.server?.leaversIntervalHours ?? (leavers.success ? leavers.data : 0);
  if (realRedis && leaversHours > 0 && noSchoolNamed(env)) {
    problem("LEAVERS_INTERVAL_HOURS", `needs the school's own directory: ${NO_SCHOOL_NAMED}`);
  }

  if (ambiguous) {
    problem(
      "DIRECTORY",
      `is not set, but both LDAP_URL and DIRECTORY_FILE are: set DIRECTORY=ldap to use the LDAP directory, or DIRECTORY=memory to use the file (${env.DIRECTORY_FILE?.trim()})`,
    );
  }

  if (ldapChecked) ldapProblems(env, problem);
  return problems;
}

/** The LDAP directory's settings that are missing, or do not fit together; each refused one is listed already. */
function ldapProblems(env: Environment, problem: (variable: string, message: string) => void): void {
  const isSet = (variable: string) => isSetIn(env, variable);
  const despite = ldapDespiteRefused(env);
  const ldap = despite?.ldap;
  const refused = despite?.refused ?? new Set<string>();
  const what = requiredLdapWords(ldap?.flavour === "ad");
  for (const [variable, words] of Object.entries(what)) {
    if (!isSet(variable))
      problem(variable, `is required with the LDAP directory (DIRECTORY=ldap, or LDAP_URL set): ${words}`);
  }
  if (ldap === undefined) return;
  // A refused LDAP_FLAVOUR is taken as openldap here, which would refuse an Active Directory login name.
  dnShapeProblems(ldap, refused.has("LDAP_FLAVOUR"), problem);
  if (isSet("LDAP_USER_FILTER") && !refused.has("LDAP_USER_FILTER")) userFilterProblems(ldap, problem);
  if (!refused.has("LDAP_STARTTLS")) {
    if (ldap.url !== undefined && ldapScheme(ldap.url) !== "ldaps" && !ldap.startTls) {
      problem(
        "LDAP_URL",
        "must be ldaps://, or set LDAP_STARTTLS=true: passwords must not cross the network in clear",
      );
    }
    if (ldap.url !== undefined && ldapScheme(ldap.url) === "ldaps" && ldap.startTls) {
      problem(
        "LDAP_STARTTLS",
        "is for ldap:// URLs (it encrypts a plain connection), but LDAP_URL is ldaps://, which is encrypted already: remove LDAP_STARTTLS, or use ldap://host:389 with it",
      );
    }
  }
}

/** What to type in each LDAP setting the directory cannot do without, for the admin who left it out. */
function requiredLdapWords(ad: boolean): Record<string, string> {
  return {
    LDAP_URL: "the directory server, e.g. ldaps://dc1.school.local:636",
    LDAP_BIND_DN: `the service account's DN, e.g. ${DN_EXAMPLES.LDAP_BIND_DN}${ad ? " (or its login name, svc-pwreset@school.example)" : ""}`,
    LDAP_BIND_PASSWORD: "the service account's password",
    LDAP_BASE_DN: `where people are searched, e.g. ${DN_EXAMPLES.LDAP_BASE_DN}`,
  };
}

/** A filter to copy for each flavour, in LDAP_USER_FILTER's problems. */
const USER_FILTER_EXAMPLES =
  "e.g. (objectClass=inetOrgPerson), or (&(objectCategory=person)(objectClass=user)) for Active Directory";

/**
 * LDAP_USER_FILTER's shape, in the one start-up message (the LDAP library's own parse, when the directory
 * is built, would tell it only once every other setting is right). The filter is no secret: it is shown.
 */
function userFilterProblems(ldap: LdapSettings, problem: (variable: string, message: string) => void): void {
  const shape = filterShapeProblem(ldap.userFilter);
  if (shape !== null) {
    problem(
      "LDAP_USER_FILTER",
      `${ldap.userFilter} is not an LDAP filter (${shape}): ${USER_FILTER_EXAMPLES}`,
    );
    return;
  }
  const placeholder = idPlaceholderIn(ldap.userFilter);
  if (placeholder !== null) {
    problem(
      "LDAP_USER_FILTER",
      `${ldap.userFilter} holds ${placeholder}, a stand-in for the typed ID: the bot adds the ID itself, matched on LDAP_ID_ATTRIBUTE (${ldap.idAttribute}), so this filter would find nobody. Remove the part with ${placeholder}: ${USER_FILTER_EXAMPLES}`,
    );
  }
}

/** A DN to copy, as the school's own would read, for each LDAP DN setting's problem. */
const DN_EXAMPLES = {
  LDAP_BIND_DN: "cn=pwreset,ou=services,dc=school,dc=example",
  LDAP_BASE_DN: "dc=school,dc=example",
  LDAP_CLASS_GROUP_BASE_DN: "ou=classes,ou=groups,dc=school,dc=example",
  LDAP_TEACHER_GROUP_DN: "cn=teachers,ou=groups,dc=school,dc=example",
  LDAP_ADMIN_GROUP_DN: "cn=admins,ou=groups,dc=school,dc=example",
} as const;

/**
 * Each LDAP DN setting that is no DN ("school", an account's bare name): the directory would refuse it
 * with "LDAP 34 invalid DN syntax", naming no setting, or (a group) make nobody a teacher. Never repeats the
 * value: LDAP_BIND_DN may hold a password pasted on the wrong line.
 */
function dnShapeProblems(
  ldap: LdapSettings,
  flavourUnknown: boolean,
  problem: (variable: string, message: string) => void,
): void {
  const values: Record<keyof typeof DN_EXAMPLES, string | undefined> = {
    LDAP_BIND_DN: ldap.bindDn,
    LDAP_BASE_DN: ldap.baseDn,
    LDAP_CLASS_GROUP_BASE_DN: ldap.classGroupBaseDn,
    LDAP_TEACHER_GROUP_DN: ldap.teacherGroupDn,
    LDAP_ADMIN_GROUP_DN: ldap.adminGroupDn,
  };
  for (const [variable, value] of Object.entries(values) as [
    keyof typeof DN_EXAMPLES,
    string | undefined,
  ][]) {
    if (value === undefined || isDnShaped(value)) continue;
    const bind = variable === "LDAP_BIND_DN";
    // Active Directory binds with many name forms besides a DN (a login name, a canonical name, a display
    // name, a GUID, a SID): a wrong one is told by the directory check, naming LDAP_BIND_DN.
    if (bind && (ldap.flavour === "ad" || flavourUnknown)) continue;
    const ad = bind
      ? isAdLoginName(value)
        ? " (a login name such as svc-pwreset@school.example works only on Active Directory, with LDAP_FLAVOUR=ad)"
        : ""
      : "";
    // AD's tools show DNs with the types in capitals (CN=…,OU=…,DC=…).
    const example =
      ldap.flavour === "ad"
        ? DN_EXAMPLES[variable].replace(
            /(^|,)([a-z]+)=/g,
            (_, comma: string, type: string) => `${comma}${type.toUpperCase()}=`,
          )
        : DN_EXAMPLES[variable];
    problem(
      variable,
      `is not a DN: write the entry's whole name, type=value parts from the entry up, as ${example}${ad}`,
    );
  }
}

/**
 * Settings that do no harm but do nothing, for the log at start-up (the bot still starts). Names only,
 * never values. Empty when all is well.
 */
export function settingWarnings(environment: Environment = process.env): string[] {
  const env = withoutBlankValues(environment);
  const warnings: string[] = platformWithoutTokenWarnings(env);
  const polling = isSetIn(env, "TELEGRAM_BOT_TOKEN") && !isSetIn(env, "TELEGRAM_WEBHOOK_URL");
  if (polling && isSetIn(env, "TELEGRAM_WEBHOOK_SECRET")) {
    warnings.push(
      "TELEGRAM_WEBHOOK_SECRET is set but TELEGRAM_WEBHOOK_URL is not: the bot polls Telegram for updates, so the secret is not used. Set TELEGRAM_WEBHOOK_URL for webhook mode, or remove the secret.",
    );
  }
  const socketMode = isSetIn(env, "SLACK_BOT_TOKEN") && isSetIn(env, "SLACK_APP_TOKEN");
  if (socketMode && isSetIn(env, "SLACK_SIGNING_SECRET")) {
    warnings.push(
      "SLACK_SIGNING_SECRET is set but SLACK_APP_TOKEN is too: the bot takes Slack's events over Socket Mode, so the signing secret is not used and Slack's requests to /slack/events are not served. Remove SLACK_APP_TOKEN for HTTP mode, or the secret for Socket Mode.",
    );
  }
  // Trimmed, as the settings read them. Half a rotation: the old pepper kept, no new one made.
  if (isSetIn(env, "ANSWER_PEPPER") && env.ANSWER_PEPPER?.trim() === env.ANSWER_PEPPER_PREVIOUS?.trim()) {
    warnings.push(
      "ANSWER_PEPPER_PREVIOUS is the same as ANSWER_PEPPER, so the pepper was not rotated: ANSWER_PEPPER needs the new one (make one with: openssl rand -base64 48) and ANSWER_PEPPER_PREVIOUS the old one. Not rotating? Remove ANSWER_PEPPER_PREVIOUS.",
    );
  }
  if (isSetIn(env, "REDIS_SENTINEL_NAME") && !isSetIn(env, "REDIS_SENTINELS")) {
    warnings.push(
      "REDIS_SENTINEL_NAME is set but REDIS_SENTINELS is not: the bot reaches Redis without sentinels, so the name is not used. Set REDIS_SENTINELS (instead of REDIS_URL) for a Sentinel-managed Redis, or remove the name.",
    );
  }
  if (isSetIn(env, "REDIS_SENTINEL_PASSWORD") && !isSetIn(env, "REDIS_SENTINELS")) {
    warnings.push(
      "REDIS_SENTINEL_PASSWORD is set but REDIS_SENTINELS is not: the bot reaches Redis without sentinels, so that password is not used. Set REDIS_SENTINELS (instead of REDIS_URL) for a Sentinel-managed Redis, or remove it.",
    );
  }
  if (isSetIn(env, "REDIS_SENTINEL_USERNAME") && !isSetIn(env, "REDIS_SENTINELS")) {
    warnings.push(
      "REDIS_SENTINEL_USERNAME is set but REDIS_SENTINELS is not: the bot reaches Redis without sentinels, so that user name is not used. Set REDIS_SENTINELS (instead of REDIS_URL) for a Sentinel-managed Redis, or remove it.",
    );
  }
  if (isSetIn(env, "REDIS_TLS_CA_FILE") && !tlsToRedis(env)) {
    warnings.push(
      "REDIS_TLS_CA_FILE is set but the bot does not reach Redis over TLS, so the file is not used. For a Redis that takes TLS, write REDIS_URL as rediss://host:6380 (or set REDIS_TLS=true for REDIS_CLUSTER_NODES or REDIS_SENTINELS); otherwise remove it.",
    );
  }
  warnings.push(...unusedRedisLoginWarnings(env));
  const prefix = env.REDIS_PREFIX;
  if (prefix !== undefined && prefix.trim() !== prefix) {
    warnings.push(
      `REDIS_PREFIX ${JSON.stringify(prefix)} has a space at its start or end, and every key is kept under it as written, space and all. A bot already in use: leave it as it is, or every student would look not set up (the keys would need renaming first). A new bot: remove the space.`,
    );
  }
  if (isSetIn(env, "DIRECTORY") && chosenDirectory(env) === "ldap" && isSetIn(env, "DIRECTORY_FILE")) {
    warnings.push(
      "DIRECTORY_FILE is set but DIRECTORY=ldap: the school comes from the LDAP directory, so the file is not read. Remove DIRECTORY_FILE, or set DIRECTORY=memory to use the file.",
    );
  }
  warnings.push(...sprayWatchWarnings(env));
  if (chosenDirectory(env) === "ldap") warnings.push(...classSettingWarnings(env));
  else warnings.push(...unreadLdapSettingWarnings(env));
  return warnings;
}

/**
 * A spray watch counts an ID only once it has not settled (linked, reset) within its failure window, and
 * keeps what it counts for its own window: a window no longer than that wait never alerts. A setting of its
 * own that is not a whole number is refused elsewhere, so it is not compared here.
 */
function sprayWatchWarnings(env: Environment): string[] {
  const watches = [
    ["SETUP_SPRAY_WINDOW_HOURS", "LINK_FAILURE_WINDOW_MINUTES", "password spray at set-up"],
    ["RESET_SPRAY_WINDOW_HOURS", "RESET_FAILURE_WINDOW_MINUTES", "answer spray at reset"],
  ] as const;
  const wholeNumber = (name: string, byDefault: number) => {
    const value = env[name]?.trim() ?? String(byDefault);
    return /^\d+$/.test(value) ? Number(value) : undefined;
  };
  return watches.flatMap(([window, settle, what]) => {
    const hours = wholeNumber(window, 24);
    const minutes = wholeNumber(settle, 60);
    if (hours === undefined || minutes === undefined || hours * 60 > minutes) return [];
    return [
      `${window} (${hours}) is not longer than ${settle} (${minutes} minutes): the ${what} watch waits that long before it counts an ID, so it can never alert. Set ${window} to more than ${Math.floor(minutes / 60)}.`,
    ];
  });
}

/** Whether the bot's Redis is reached over TLS: a rediss:// REDIS_URL, or REDIS_TLS on for a cluster or sentinels. */
function tlsToRedis(env: Environment): boolean {
  if (isSetIn(env, "REDIS_URL")) return env.REDIS_URL!.trim().startsWith("rediss://");
  const tlsOn = isSetIn(env, "REDIS_TLS") && !/^(false|0|no|off)$/i.test(env.REDIS_TLS!.trim());
  return tlsOn && (isSetIn(env, "REDIS_CLUSTER_NODES") || isSetIn(env, "REDIS_SENTINELS"));
}

/**
 * A login for Redis while no Redis is set (the bot keeps its state in memory): most likely the line
 * naming the cluster or sentinels was left out. Beside REDIS_URL they are refused instead (redis-settings.ts).
 */
function unusedRedisLoginWarnings(env: Environment): string[] {
  if (["REDIS_URL", "REDIS_CLUSTER_NODES", "REDIS_SENTINELS"].some((name) => isSetIn(env, name))) return [];
  // REDIS_TLS=false asks for nothing.
  const tlsOn = !/^(false|0|no|off)$/i.test(env.REDIS_TLS?.trim() ?? "");
  const set = ["REDIS_USERNAME", "REDIS_PASSWORD", "REDIS_TLS"].filter(
    (name) => isSetIn(env, name) && (name !== "REDIS_TLS" || tlsOn),
  );
  if (set.length === 0) return [];
  const names = set.length === 1 ? set[0]! : `${set.slice(0, -1).join(", ")} and ${set.at(-1)!}`;
  return [
    `${names} ${set.length === 1 ? "is" : "are"} set but no Redis is (REDIS_CLUSTER_NODES or REDIS_SENTINELS): the bot keeps its state in memory and forgets it at exit. Set the cluster's nodes or the sentinels, or remove ${set.length === 1 ? "it" : "them"}.`,
  ];
}

/**
 * LDAP_ settings while the school comes from a file: an admin who filled them in but left LDAP_URL blank
 * (or kept DIRECTORY=memory from a trial) would otherwise get the file, or the demo school, without a word.
 */
function unreadLdapSettingWarnings(env: Environment): string[] {
  const set = [...new Set(configVariableNames())].filter(
    (name) => name.startsWith("LDAP_") && isSetIn(env, name),
  );
  if (set.length === 0) return [];
  const names = set.length === 1 ? set[0]! : `${set.slice(0, -1).join(", ")} and ${set.at(-1)!}`;
  const why = isSetIn(env, "DIRECTORY")
    ? "DIRECTORY=memory"
    : "LDAP_URL is not (the LDAP directory is chosen by LDAP_URL, or DIRECTORY=ldap)";
  const school = isSetIn(env, "DIRECTORY_FILE")
    ? "the school comes from DIRECTORY_FILE"
    : "the bot serves the demo school";
  return [
    `${names} ${set.length === 1 ? "is" : "are"} set but ${why}: ${school}, so ${set.length === 1 ? "it is" : "they are"} not read. Set DIRECTORY=ldap and LDAP_URL to use the school's directory, or remove ${set.length === 1 ? "it" : "them"}.`,
  ];
}

/**
 * The LDAP class settings: with teachers but no class source nobody is in a class, so every teacher's
 * /guided, /unlock and /clearanswers is refused; with both, the groups are never read (person-mapping.ts).
 */
function classSettingWarnings(env: Environment): string[] {
  const attribute = isSetIn(env, "LDAP_CLASS_ATTRIBUTE");
  const groups = isSetIn(env, "LDAP_CLASS_GROUP_BASE_DN");
  if (isSetIn(env, "LDAP_TEACHER_GROUP_DN") && !attribute && !groups) {
    return [
      "LDAP_TEACHER_GROUP_DN is set, but neither LDAP_CLASS_ATTRIBUTE nor LDAP_CLASS_GROUP_BASE_DN is: nobody is in a class, so teachers can help no student (every /guided, /unlock and /clearanswers of theirs is refused; only admins can help). Set LDAP_CLASS_GROUP_BASE_DN to the DN above the class groups, or LDAP_CLASS_ATTRIBUTE to the attribute that holds each person's class (docs/directory.md).",
    ];
  }
  if (attribute && groups) {
    return [
      "LDAP_CLASS_GROUP_BASE_DN is set but LDAP_CLASS_ATTRIBUTE is too: classes come from the attribute, so the class groups are not read. Remove one of them.",
    ];
  }
  return [];
}

/** HOST values that listen on every interface, as leaving HOST unset does. */
const ALL_INTERFACES: ReadonlySet<string> = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * Settings that leave something open to whoever reaches the bot's port, for the log at start-up (the bot
 * still starts: a reverse proxy may keep /metrics inside, and in a container all interfaces is normal, the
 * port's publishing deciding who reaches it). Names only, never values.
 */
export function exposureWarnings(environment: Environment = process.env): string[] {
  const env = withoutBlankValues(environment);
  if (isSetIn(env, "METRICS_TOKEN")) return [];
  const telegramWebhook = isSetIn(env, "TELEGRAM_BOT_TOKEN") && isSetIn(env, "TELEGRAM_WEBHOOK_URL");
  const slackHttp = isSetIn(env, "SLACK_BOT_TOKEN") && !isSetIn(env, "SLACK_APP_TOKEN");
  // The counters are not harmless: an alert raised for a real ID's set-up pause, and not a made-up one's,
  // shows in sspr_alerts_total.
  if (telegramWebhook || slackHttp) {
    return [
      "METRICS_TOKEN is not set while webhooks are on: anyone who reaches PORT can read /metrics, whose counters can tell, for example, whether a user ID exists. Set METRICS_TOKEN (make one with: openssl rand -hex 32), or keep /metrics off the reverse proxy.",
    ];
  }
  // Polling and Socket Mode need no inbound port, yet the probes' server runs (the terminal's only with PORT).
  const platform = isSetIn(env, "TELEGRAM_BOT_TOKEN") || isSetIn(env, "SLACK_BOT_TOKEN");
  const httpServer = platform || isSetIn(env, "PORT");
  const host = env.HOST?.trim();
  if (!httpServer || (host !== undefined && !ALL_INTERFACES.has(host))) return [];
  return [
    `METRICS_TOKEN is not set and the HTTP server listens on all interfaces (HOST ${host === undefined ? "unset" : host}): anyone who reaches PORT can read /metrics, whose counters can tell, for example, whether a user ID exists. Set METRICS_TOKEN (make one with: openssl rand -hex 32), or HOST=127.0.0.1 when only this machine reads the probes and /metrics (not in a container, where the port's publishing decides who reaches it).`,
  ];
}

/**
 * LDAP_TLS_INSECURE left on with the school's directory: the bot takes any certificate, so whoever sits on
 * the network path can pose as the directory and read every password typed to the bot (students', teachers',
 * the service account's). It is for tests; a certificate the bot does not trust is fixed with LDAP_TLS_CA_FILE.
 */
export function insecureDirectoryWarnings(environment: Environment = process.env): string[] {
  const env = withoutBlankValues(environment);
  if (chosenDirectory(env) !== "ldap") return [];
  const insecure = ldapSettings.safeParse(env);
  if (!insecure.success || !insecure.data.tlsInsecure) return [];
  return [
    "LDAP_TLS_INSECURE is on, so the bot does not check the directory's certificate: anyone on the network path to it can pose as the directory and read every password typed to the bot, the service account's too. It is for tests only. Turn it off, and if the directory's certificate is not trusted, set LDAP_TLS_CA_FILE to the CA certificate that signed it.",
  ];
}

/**
 * A chat platform in service with no admin alert destination: every alert (a suspension, Redis or the
 * directory down, a spree) is only a log line, which nobody may read until students complain. Names only.
 */
export function alertDestinationWarnings(environment: Environment = process.env): string[] {
  const env = withoutBlankValues(environment);
  const platform = isSetIn(env, "TELEGRAM_BOT_TOKEN") || isSetIn(env, "SLACK_BOT_TOKEN");
  const destination = isSetIn(env, "ADMIN_ALERT_TELEGRAM_CHATS") || isSetIn(env, "ADMIN_ALERT_SLACK_CHANNEL");
  if (!platform || destination) return [];
  return [
    'Neither ADMIN_ALERT_TELEGRAM_CHATS nor ADMIN_ALERT_SLACK_CHANNEL is set, so admin alerts (a suspension, Redis or the school directory not answering, many failed resets) go only to this log, as "admin alert: ..." lines. Set one of them so that the admins are told.',
  ];
}

/**
 * What to tell the admin at start when a chat platform serves the demo school (DIRECTORY and DIRECTORY_FILE
 * forgotten): its passwords are published in the README, its admin among them, and such an admin's commands
 * reach real chats (/unlock telegram:…, /audit of a chat). Empty when the school's own directory is used.
 */
export function demoSchoolWarnings(environment: Environment = process.env): string[] {
  const env = withoutBlankValues(environment);
  const platform = isSetIn(env, "TELEGRAM_BOT_TOKEN") || isSetIn(env, "SLACK_BOT_TOKEN");
  // The demo school: no file named, or its own file named (a relative path is read from the working folder).
  const file = env.DIRECTORY_FILE?.trim();
  const demoFile = file === undefined || file === "" || resolve(file) === DEMO_SCHOOL_FILE;
  const demo = chosenDirectory(env) === "memory" && demoFile;
  if (!platform || !demo) return [];
  return [
    "The bot serves the demo school (data/demo-school.json) on a chat platform: its passwords are published in the README, so anyone who finds the bot can link as its teachers or its admin (A3001). Set DIRECTORY=ldap and the LDAP_ settings for the school's directory, or DIRECTORY_FILE for a school file of your own.",
  ];
}

/** Why a leavers run needs the school's own directory (the tool's refusal and the schedule's). */
export const NO_SCHOOL_NAMED =
  "neither DIRECTORY=ldap (with the LDAP_ settings) nor DIRECTORY_FILE is set, so the people kept in Redis would be checked against the demo school (data/demo-school.json), and every real student would be taken for a leaver and removed. Give it the bot's own directory settings";

/**
 * Whether the settings name no school at all, so the demo school applies: neither DIRECTORY=ldap nor a
 * DIRECTORY_FILE (the demo's own file, named, is a choice and counts as named).
 */
export function noSchoolNamed(environment: Environment = process.env): boolean {
  const env = withoutBlankValues(environment);
  return chosenDirectory(env) === "memory" && !isSetIn(env, "DIRECTORY_FILE");
}

/** Why the file cannot be read (an error code such as ENOENT), or undefined when it can. */
/** Whether a readable file holds a PEM certificate (a directory, a DER export or a key does not). */
function holdsPemCertificate(path: string): boolean {
  try {
    return readFileSync(path, "latin1").includes("-----BEGIN CERTIFICATE-----");
  } catch {
    return false;
  }
}

function unreadable(path: string): string | undefined {
  try {
    accessSync(path, constants.R_OK);
    // A directory passes the check, and would stop the start later, on its own.
    return statSync(path).isDirectory() ? "EISDIR" : undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? "error";
  }
}

/** For a program's entry point: the configuration, or every problem with it on stderr and exit code 2. */
export function loadConfigOrExit(options: LoadOptions = {}, whoStops = "The bot cannot start"): Config {
  try {
    return loadConfig(process.env, options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${whoStops}: ${error.message}\n`);
    process.exit(2);
  }
}
