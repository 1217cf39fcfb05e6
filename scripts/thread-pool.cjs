/*
 * Reads the settings file, then prepares libuv's thread pool, before Node first uses it (load with `node --require`; `npm start`,
 * `npm run start:prod`, the Dockerfile and the systemd unit do). argon2 runs on that pool; DNS lookups, file
 * reads and so LDAP connections need it too.
 *
 * The settings file: `.env` in the working directory, when there is one, as `docker compose` reads it too. A
 * variable already set in the environment wins, so a service manager's own settings override the file. It
 * is read here, not in main.ts, because ARGON2_CONCURRENCY below may be in it.
 *
 * Its size: the hasher runs at most ARGON2_CONCURRENCY hashes at once (default: one per core), so a pool of
 * that plus libuv's own default of 4 keeps 4 threads free for everything else. An explicit
 * UV_THREADPOOL_SIZE is left as it is. Setting it inside main.ts would be too late: loading ES modules
 * already starts the pool.
 *
 * Its priority (Linux): the pool's threads run at niceness HASHING_NICENESS (default 10; 0 leaves them as
 * they are), so when hashing keeps every core busy, a child's next reply (the main thread) still gets the
 * CPU at once. The pool starts all its threads on its first piece of work, so the threads that appear then
 * are the pool's. Lowering a thread's priority needs no privilege.
 */
"use strict";
const fs = require("node:fs");
const { availableParallelism, setPriority } = require("node:os");
const { parseEnv } = require("node:util");

// util.parseEnv came with 20.12: an older Node (Debian 12's own nodejs package is 18) would fail later,
// with or without a .env, in words that do not say why.
if (typeof parseEnv !== "function") {
  console.error(
    `The bot cannot start: it needs Node.js 20.12 or newer (this is ${process.version}). ` +
      "Install Node.js 20 or newer (nodejs.org, or NodeSource's packages: Debian 12's own nodejs is 18).",
  );
  process.exit(2);
}
if (fs.existsSync(".env")) {
  // Blank counts as not set (compose and systemd pass `NAME=` so): then .env's value applies.
  for (const [name, value] of Object.entries(process.env)) if (value.trim() === "") delete process.env[name];
}
try {
  const given = new Set(Object.keys(process.env));
  // Notepad saves UTF-8 with a byte order mark, which would become part of the first setting's name and
  // leave that setting unset without a word.
  const text = fs.readFileSync(".env", "utf8").replace(/^\uFEFF/, "");
  for (const [name, value] of Object.entries(parseEnv(text))) if (!given.has(name)) process.env[name] = value;
  // For the start-up log: which file the settings came from.
  process.env.SSPR_SETTINGS_FILE = require("node:path").resolve(".env");
  const cut = cutAtHash(text).filter((name) => !given.has(name));
  if (cut.length > 0) process.env.SSPR_SETTINGS_FILE_CUT = cut.join(",");
} catch (error) {
  if (error.code !== "ENOENT") {
    const file = require("node:path").resolve(".env");
    console.error(
      `The bot cannot start: it cannot read ${file} (${error.code ?? error.message}): ${unreadableWhy(error.code)}`,
    );
    process.exit(2);
  }
}

if ((process.env.UV_THREADPOOL_SIZE ?? "").trim() === "") {
  const configured = Number((process.env.ARGON2_CONCURRENCY ?? "").trim() || "0");
  const argon2 = Number.isInteger(configured) && configured > 0 ? configured : availableParallelism();
  process.env.UV_THREADPOOL_SIZE = String(Math.min(1024, argon2 + 4));
}

const niceness = Number((process.env.HASHING_NICENESS ?? "").trim() || "10");
if (process.platform === "linux" && Number.isInteger(niceness) && niceness > 0 && niceness <= 19) {
  try {
    const threads = () => fs.readdirSync("/proc/self/task");
    const before = new Set(threads());
    fs.stat("/", () => undefined);
    const pool = threads().filter((tid) => !before.has(tid));
    for (const tid of pool) setPriority(Number(tid), niceness);
    // For the start-up log: how many threads were found and lowered.
    process.env.SSPR_HASHING_THREADS_NICED = `${pool.length}`;
  } catch {
    // /proc not readable: hashing keeps the normal priority, and the start-up log says so.
  }
}

/**
 * The names whose unquoted value in .env has a # right after another character (`Blue#Tiger-42`): Node
 * reads everything from a # on as a comment, so a password with one is silently cut. A # after a space is
 * taken for a comment meant as one. The start warns about them (the value itself is never written).
 */
function cutAtHash(text) {
  const names = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (match === null || /^["'`]/.test(match[2])) continue;
    if (/[^\s#]#/.test(match[2])) names.push(match[1]);
  }
  return names;
}

/** The user the bot runs as; a container's `--user 1000` may have no name (userInfo throws then). */
function userName() {
  try {
    return require("node:os").userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? "?"}`;
  }
}

/** What to do about a .env that is there but cannot be read: the settings may be in the service manager's. */
function unreadableWhy(code) {
  const elsewhere = "Remove it, or start the bot in another directory.";
  if (code === "EISDIR") return `it is a directory, not a settings file. ${elsewhere}`;
  if (code === "EACCES" || code === "EPERM") {
    const user = userName();
    return `this user (${user}) may not read it. Let ${user} read it (chown or chmod), or ${elsewhere.charAt(0).toLowerCase()}${elsewhere.slice(1)}`;
  }
  return `check the file. ${elsewhere}`;
}
