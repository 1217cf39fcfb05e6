/**
 * REDIS_URL for a Redis on this host's Unix socket, in the form redis-py and node-redis users know:
 * `unix://[[USER]:PASSWORD@]/full/path/to/redis.sock[?db=N]`. Parsed here rather than by ioredis, which
 * reads `unix:` as a host named "unix".
 */
export interface RedisSocket {
  /** The socket file's absolute path. */
  path: string;
  username?: string;
  password?: string;
  db?: number;
}

/** The socket form, for messages that say what REDIS_URL may look like. */
export const SOCKET_URL_EXAMPLE = "unix:///run/redis/redis-server.sock";

// No message repeats the URL or a part of it: it may hold the password.
const FULL_PATH = `must name the socket by its full path after unix:// (three slashes; no host), e.g. ${SOCKET_URL_EXAMPLE} or unix://:PASSWORD@/run/redis/redis-server.sock`;
// A / in the password ends the login early; .env ends the value at a # (a comment), cutting off the path.
const PASSWORD_CODES =
  "; in a password write / as %2F, % as %25 and # as %23 (.env reads a # as the start of a comment)";
const ONLY_DB = `takes only ?db=N after the socket's path; put a password before the path, e.g. unix://:PASSWORD@/run/redis/redis-server.sock?db=0`;
const DB_NUMBER = "?db= must be a database number (0, 1, 2...)";
const BAD_CODE = "has a % that is not a URL code: write % in a password as %25";

/** True for a unix: URL (any case), which parseSocketUrl reads. */
export function isSocketUrl(url: string | undefined): boolean {
  return url !== undefined && /^unix:/i.test(url);
}

/**
 * The socket a unix:// URL names, or what is wrong with it. The path starts at the first "/" after
 * `unix://`, so a password may hold "@", ":" or "?" as they are (a "/" or "%" in it is written %2F or %25).
 */
export function parseSocketUrl(url: string): RedisSocket | { problem: string } {
  const rest = /^unix:\/\/(.*)$/is.exec(url)?.[1];
  if (rest === undefined) return { problem: FULL_PATH };
  const pathAt = rest.indexOf("/");
  const authority = pathAt === -1 ? rest : rest.slice(0, pathAt);
  const loginEnd = authority.lastIndexOf("@");
  // With something like a login in it, the password may be what broke the path.
  const noFullPath = { problem: /[@:]/.test(rest) ? FULL_PATH + PASSWORD_CODES : FULL_PATH };
  // A host, or a path without its leading "/" (unix://run/...), where only a login may stand.
  if (pathAt === -1 || loginEnd !== authority.length - 1) return noFullPath;

  const queryAt = rest.indexOf("?", pathAt);
  const rawPath = queryAt === -1 ? rest.slice(pathAt) : rest.slice(pathAt, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? "" : rest.slice(queryAt + 1));
  if ([...query.keys()].some((key) => key !== "db")) return { problem: ONLY_DB };

  const login = authority.slice(0, loginEnd);
  const colon = login.indexOf(":");
  const decoded = decodeAll({
    path: rawPath,
    username: colon === -1 ? login : login.slice(0, colon),
    password: colon === -1 ? "" : login.slice(colon + 1),
  });
  if (decoded === null) return { problem: BAD_CODE };
  const { path, username, password } = decoded;
  if (path.length < 2 || path.endsWith("/")) return noFullPath;

  const socket: RedisSocket = { path };
  if (username !== "") socket.username = username;
  if (password !== "") socket.password = password;
  const db = query.get("db");
  if (db !== null) {
    if (!/^\d{1,9}$/.test(db)) return { problem: DB_NUMBER };
    socket.db = Number(db);
  }
  return socket;
}

function decodeAll<T extends Record<string, string>>(parts: T): T | null {
  try {
    return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, decodeURIComponent(v)])) as T;
  } catch {
    return null;
  }
}
