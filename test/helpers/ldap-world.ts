/**
 * The whole core (TestWorld: real engine, Redis store over ioredis-mock under a unique prefix, real argon2)
 * over a REAL LDAP directory: the private slapd of scripts/slapd/start.sh or the Samba AD domain controller
 * of scripts/samba/start.sh, configured the way production is (loadConfig with DIRECTORY=ldap, then
 * createDirectory). Plus what a test needs to look behind the bot's back: plain binds, the "must change"
 * flag, putting a student's password back, and stopping and starting the server.
 *
 * The students used here, gina and hugo (class 5C), are reserved for these tests in both seeds.
 */
import { execFileSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { Attribute, Change, Client, Control, ResultCodeError } from "ldapts";
import { loadConfig } from "../../src/config/load-config.js";
import type { Outcome } from "../../src/core/messages.js";
import type { Directory } from "../../src/core/ports/directory.js";
import { adPasswordValue } from "../../src/directory/ldap/ad-password.js";
import { createDirectory } from "../../src/directory/create-directory.js";
import { CapturedLogs } from "./captured-logs.js";
import { sambaStartEnv, slapdStartEnv } from "./slapd-start-env.js";
import { TEST_PEPPER, TestWorld, type TestChat } from "./test-world.js";
import { until } from "./until.js";

export interface Student {
  id: "gina" | "hugo";
  name: string;
  /** The password in the seed, which restore() puts back. */
  password: string;
}

/** The same two students, with the same passwords, in both seeds. */
export const GINA: Student = { id: "gina", name: "Gina Green", password: "Sunny-Kite-31" };
export const HUGO: Student = { id: "hugo", name: "Hugo Hill", password: "Quiet-River-42" };

/** The answers every student here sets up, for the animal, colour and food questions. */
export const ANSWERS: [string, string, string] = ["Penguin", "Turquoise", "Pancakes"];

export function answerFor(question: string): string {
  if (question.includes("animal")) return ANSWERS[0];
  if (question.includes("colour")) return ANSWERS[1];
  return ANSWERS[2];
}

/**
 * A password no earlier run has used (so a directory's history never refuses it on a re-run) that the
 * bot's own checks and both servers' policies accept: long enough, upper and lower case, digits, a symbol.
 */
export function freshPassword(): string {
  return `Otter-Brook-${randomInt(100_000, 999_999)}`;
}

/** One of the two real directory servers, as the tests reach it (from the start scripts' variables). */
export interface DirectoryServer {
  name: "OpenLDAP" | "Active Directory";
  /** Undefined when the start script's variables are not set: the tests skip themselves. */
  url: string | undefined;
  /** How to get the variables, for the "skipped" note. */
  startHint: string;
  /** The bot's settings for this server, as an operator would write them in .env. */
  env(): Record<string, string>;
  /**
   * How the server answers a plain bind as the student: "ok", or the LDAP result code and the server's
   * words (49 for a wrong password; on AD "49 ... data 52e", or "49 ... data 773" for must-change).
   */
  bindResult(student: Student, password: string): Promise<string>;
  /** Whether the student must change the password at next login (OpenLDAP pwdReset; AD pwdLastSet 0). */
  mustChange(student: Student): Promise<boolean>;
  /** Puts the student back as the seed had them (password, no must-change, no history, no lockout). */
  restore(student: Student): Promise<void>;
  /** Stops the server by the pid in its pid file and waits until the process is gone. */
  stop(): Promise<void>;
  /** Starts it again with its start script (without --fresh: the data stays). */
  start(): void;
}

const env = process.env;
const repoPath = (path: string) => new URL(`../../${path}`, import.meta.url).pathname;

const replace = (type: string, values: string[] | Buffer[]) =>
  new Change({ operation: "replace", modification: new Attribute({ type, values }) });

function clientFor(url: string, caFile: string): Client {
  return new Client({ url, timeout: 5000, connectTimeout: 5000, tlsOptions: { ca: [readFileSync(caFile)] } });
}

async function bindResultAt(url: string, caFile: string, dn: string, password: string): Promise<string> {
  const client = clientFor(url, caFile);
  try {
    await client.bind(dn, password);
    return "ok";
  } catch (error) {
    if (error instanceof ResultCodeError) return `${error.code} ${error.message.trim()}`;
    return (error as Error).message;
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

async function asUser<T>(
  url: string,
  caFile: string,
  dn: string,
  password: string,
  work: (c: Client) => Promise<T>,
): Promise<T> {
  const client = clientFor(url, caFile);
  try {
    await client.bind(dn, password);
    return await work(client);
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

async function readAttribute(client: Client, dn: string, attribute: string): Promise<string[]> {
  const { searchEntries } = await client.search(dn, { scope: "base", attributes: [attribute] });
  const value = searchEntries[0]?.[attribute] ?? [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopByPidFile(pidFile: string): Promise<void> {
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  process.kill(pid, "SIGTERM");
  await until(() => !isRunning(pid), `pid ${pid} (${pidFile}) to stop`, 10_000);
}

function runStartScript(script: string, scriptEnv: NodeJS.ProcessEnv = env): void {
  execFileSync("bash", [repoPath(script)], { stdio: ["ignore", "ignore", "inherit"], env: scriptEnv });
}

/** The Relax control lets slapd's root DN clear ppolicy's own attributes (pwdHistory, pwdChangedTime). */
const RELAX = new Control("1.3.6.1.4.1.4203.666.5.12", { critical: true });

/** The private slapd of scripts/slapd/start.sh (LDAP_TEST_* variables). */
export function openLdapServer(): DirectoryServer {
  const url = env.LDAP_TEST_URL;
  const base = env.LDAP_TEST_BASE_DN ?? "dc=school,dc=test";
  const ca = env.LDAP_TEST_CA_FILE ?? "";
  const dnOf = (student: Student) => `uid=${student.id},ou=students,${base}`;
  const asRoot = <T>(work: (c: Client) => Promise<T>) =>
    asUser(url ?? "", ca, env.LDAP_TEST_ROOT_DN ?? "", env.LDAP_TEST_ROOT_PASSWORD ?? "", work);
  return {
    name: "OpenLDAP",
    url,
    startHint: 'eval "$(bash scripts/slapd/start.sh)"',
    env: () => ({
      DIRECTORY: "ldap",
      LDAP_FLAVOUR: "openldap",
      LDAP_URL: url ?? "",
      LDAP_BIND_DN: env.LDAP_TEST_BIND_DN ?? "",
      LDAP_BIND_PASSWORD: env.LDAP_TEST_BIND_PASSWORD ?? "",
      LDAP_BASE_DN: base,
      LDAP_TLS_CA_FILE: ca,
      LDAP_CLASS_GROUP_BASE_DN: `ou=classes,ou=groups,${base}`,
      LDAP_TEACHER_GROUP_DN: `cn=teachers,ou=groups,${base}`,
      LDAP_ADMIN_GROUP_DN: `cn=admins,ou=groups,${base}`,
      LDAP_TIMEOUT_MS: "3000",
    }),
    bindResult: (student, password) => bindResultAt(url ?? "", ca, dnOf(student), password),
    mustChange: async (student) =>
      (await asRoot((c) => readAttribute(c, dnOf(student), "pwdReset"))).includes("TRUE"),
    restore: (student) =>
      asRoot(async (c) => {
        await c.modify(dnOf(student), [replace("userPassword", [student.password]), replace("pwdReset", [])]);
        await c.modify(
          dnOf(student),
          ["pwdHistory", "pwdChangedTime", "pwdFailureTime", "pwdAccountLockedTime"].map((a) =>
            replace(a, []),
          ),
          RELAX,
        );
      }),
    stop: () => stopByPidFile(env.LDAP_TEST_PID_FILE ?? repoPath(".services/slapd/run/slapd.pid")),
    // On the ports the tests connect to, whichever the shell that first started it gave the script.
    start: () => runStartScript("scripts/slapd/start.sh", slapdStartEnv(env)),
  };
}

/** The Samba AD domain controller of scripts/samba/start.sh (AD_TEST_* variables; LDAPS only). */
export function activeDirectoryServer(): DirectoryServer {
  const url = env.AD_TEST_URL;
  const base = env.AD_TEST_BASE_DN ?? "DC=school,DC=test";
  const ca = env.AD_TEST_CA_FILE ?? "";
  const dnOf = (student: Student) => `CN=${student.id},OU=Students,${base}`;
  const asAdministrator = <T>(work: (c: Client) => Promise<T>) =>
    asUser(url ?? "", ca, env.AD_TEST_ADMIN_DN ?? "", env.AD_TEST_ADMIN_PASSWORD ?? "", work);
  return {
    name: "Active Directory",
    url,
    startHint: 'eval "$(bash scripts/samba/start.sh)"',
    env: () => ({
      DIRECTORY: "ldap",
      LDAP_FLAVOUR: "ad",
      LDAP_URL: url ?? "",
      LDAP_BIND_DN: env.AD_TEST_BIND_DN ?? "",
      LDAP_BIND_PASSWORD: env.AD_TEST_BIND_PASSWORD ?? "",
      LDAP_BASE_DN: base,
      LDAP_TLS_CA_FILE: ca,
      LDAP_CLASS_GROUP_BASE_DN: `OU=Classes,OU=Groups,${base}`,
      LDAP_TEACHER_GROUP_DN: `CN=Teachers,OU=Groups,${base}`,
      LDAP_ADMIN_GROUP_DN: `CN=IT Admins,OU=Groups,${base}`,
      LDAP_TIMEOUT_MS: "3000",
    }),
    bindResult: (student, password) => bindResultAt(url ?? "", ca, dnOf(student), password),
    mustChange: async (student) =>
      (await asAdministrator((c) => readAttribute(c, dnOf(student), "pwdLastSet"))).includes("0"),
    // An administrator's reset is not checked against the password history.
    restore: (student) =>
      asAdministrator((c) =>
        c.modify(dnOf(student), [
          replace("unicodePwd", [adPasswordValue(student.password)]),
          replace("pwdLastSet", ["-1"]),
          replace("lockoutTime", ["0"]),
        ]),
      ),
    stop: () => stopByPidFile(env.AD_TEST_PID_FILE ?? repoPath(".services/samba/run/samba.pid")),
    start: () => runStartScript("scripts/samba/start.sh", sambaStartEnv(env)),
  };
}

/** Writes the "skipped" note to stderr when the server's variables are not set; true when it can run. */
export function serverAvailable(server: DirectoryServer, file: string): boolean {
  if (server.url !== undefined) return true;
  process.stderr.write(
    `${file}: skipped, the ${server.name} server is not configured. Start it first: ${server.startHint}\n`,
  );
  return false;
}

/** A TestWorld whose directory is the real server, configured from the environment as in production. */
export class LdapWorld {
  private constructor(
    readonly world: TestWorld,
    /** The LdapDirectory itself (the world wraps it), for direct checks such as authenticate. */
    readonly directory: Directory,
    /** What the directory logged (e.g. event "directory_unavailable" for the admins' alerts). */
    readonly directoryLogs: CapturedLogs,
  ) {}

  /** `extra`: more settings, e.g. { PASSWORD_MIN_LENGTH: "12" }. */
  static async create(server: DirectoryServer, extra: Record<string, string> = {}): Promise<LdapWorld> {
    const settings = { ...server.env(), ...extra };
    const config = loadConfig({ ANSWER_PEPPER: TEST_PEPPER, ...settings });
    const directoryLogs = new CapturedLogs();
    const directory = await createDirectory(config, directoryLogs.logger);
    const world = await TestWorld.create(settings, directory);
    return new LdapWorld(world, directory, directoryLogs);
  }

  async close(): Promise<void> {
    await this.world.close();
    await this.directory.close();
  }
}

/** The student links this chat with the real password and sets up three questions; throws if it fails. */
export async function setUpThroughCore(kid: TestChat, student: Student): Promise<void> {
  await kid.setUp(student.id, student.password, ANSWERS);
  if (!kid.lastText.includes("All done!")) throw new Error(`set-up did not finish: ${kid.lastText}`);
}

/** The student starts a reset and answers all three right: the bot asks how they want the password. */
export async function verifyThroughCore(kid: TestChat, student: Student): Promise<void> {
  await kid.answerReset(student.id, answerFor);
  if (!kid.lastText.includes("all 3 answers are right")) throw new Error(`not verified: ${kid.lastText}`);
}

/** The generated password the bot showed in this outcome. */
export function generatedPasswordIn(outcome: Outcome): string {
  const reply = outcome.replies.find((r) => r.text.key === "reset.generated");
  const password = reply?.text.params?.password;
  if (typeof password !== "string") throw new Error("no generated password in that outcome");
  return password;
}
