import type { Cluster, Redis } from "ioredis";

/*
 * The store's atomic steps, as Lua. The same source runs on real Redis (Lua 5.1) and on ioredis-mock
 * (fengari, Lua 5.3 with 32-bit integers and no cjson), hence the rules: values in and out are plain strings
 * and small integers, time arithmetic happens in TypeScript (a millisecond timestamp would lose its integer
 * form in fengari), and a table never holds nil/false (Redis would cut the reply short there).
 */

/**
 * KEYS: dialog, dialog-open marker. ARGV: expected revision ("" = must not exist), json, idle ms, marker ms.
 * The value is "<revision>:<json>". An unreadable value counts as no dialog, so a chat is never stuck on it.
 */
const saveDialog = `
local current = redis.call('GET', KEYS[1])
local revision = nil
if current then
  local sep = string.find(current, ':', 1, true)
  if sep then revision = tonumber(string.sub(current, 1, sep - 1)) end
  if revision ~= nil and (revision < 1 or revision % 1 ~= 0) then revision = nil end
end
if revision == nil then
  if ARGV[1] ~= '' then return 0 end
  revision = 0
elseif ARGV[1] == '' or revision ~= tonumber(ARGV[1]) then
  return 0
end
redis.call('SET', KEYS[1], (revision + 1) .. ':' .. ARGV[2], 'PX', ARGV[3])
redis.call('SET', KEYS[2], '1', 'PX', ARGV[4])
return 1
`;

/** KEYS: dialog, dialog-open marker. 1 once when the marker is left but the dialog is gone. */
const takeExpiredDialogNotice = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
return redis.call('DEL', KEYS[2])
`;

/** KEYS: lock. ARGV: token. Deletes the lock only for its holder. */
const unlockChat = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** KEYS: lock. ARGV: token, ttl ms. Extends the lock only for its holder; 1 if it did. */
const extendChatLock = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

/**
 * KEYS: links by chat, links by person. ARGV: chat key, person id. Replaces both directions of any earlier
 * link of either side. Returns { previous chat of the person if another one or "", previous person of the
 * chat or "" }.
 */
const link = `
local previousPerson = redis.call('HGET', KEYS[1], ARGV[1])
local previousChat = redis.call('HGET', KEYS[2], ARGV[2])
-- An old link is dropped only if it still points back, so a stray half of a pair can't remove a good one.
local function dropIfPointsTo(hash, field, target)
  if redis.call('HGET', hash, field) == target then redis.call('HDEL', hash, field) end
end
if previousPerson and previousPerson ~= ARGV[2] then dropIfPointsTo(KEYS[2], previousPerson, ARGV[1]) end
if previousChat and previousChat ~= ARGV[1] then dropIfPointsTo(KEYS[1], previousChat, ARGV[2]) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
if previousChat == ARGV[1] then previousChat = '' end
return { previousChat or '', previousPerson or '' }
`;

/** KEYS: links by chat, links by person. ARGV: chat key. Returns the person it was linked to, or "". */
const unlinkChat = `
local person = redis.call('HGET', KEYS[1], ARGV[1])
if not person then return '' end
redis.call('HDEL', KEYS[1], ARGV[1])
if redis.call('HGET', KEYS[2], person) == ARGV[1] then redis.call('HDEL', KEYS[2], person) end
return person
`;

/**
 * KEYS: failures (sorted set), block. ARGV: now, unique member, oldest score to drop, window ms, max
 * failures, blocked-until, block ms. Returns { failures in the window, 1 if this failure started the block }.
 */
const recordResetFailure = `
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
local failures = redis.call('ZCARD', KEYS[1])
if failures < tonumber(ARGV[5]) then return { failures, 0 } end
local blockedUntil = redis.call('GET', KEYS[2])
if blockedUntil and tonumber(blockedUntil) ~= nil and tonumber(blockedUntil) > tonumber(ARGV[1]) then
  return { failures, 0 }
end
redis.call('SET', KEYS[2], ARGV[6], 'PX', ARGV[7])
return { failures, 1 }
`;

/**
 * KEYS: failures (sorted set), subjects (sorted set, latest failure per subject), block. ARGV: now, unique
 * member, oldest score to drop, window ms, max failures, blocked-until, block ms, subject, max subjects.
 * Returns { failures in the window, 1 if this failure started the block }. With "any", either limit blocks
 * (one chat guessing); with "all", both must be reached (a school-wide spree is many failures over many
 * students, not one student's forgotten answers).
 */
function windowedFailures(trigger: "any" | "all"): string {
  const below =
    trigger === "any"
      ? "failures < tonumber(ARGV[5]) and subjects < tonumber(ARGV[9])"
      : "failures < tonumber(ARGV[5]) or subjects < tonumber(ARGV[9])";
  return `
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[8])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
local failures = redis.call('ZCARD', KEYS[1])
local subjects = redis.call('ZCARD', KEYS[2])
if ${below} then return { failures, 0 } end
local blockedUntil = redis.call('GET', KEYS[3])
if blockedUntil and tonumber(blockedUntil) ~= nil and tonumber(blockedUntil) > tonumber(ARGV[1]) then
  return { failures, 0 }
end
redis.call('SET', KEYS[3], ARGV[6], 'PX', ARGV[7])
return { failures, 1 }
`;
}

/** KEYS: suspension, failures. Returns 1 if a suspension existed. */
const liftSuspension = `
local existed = redis.call('DEL', KEYS[1])
redis.call('DEL', KEYS[2])
return existed
`;

/**
 * KEYS: successes (sorted set). ARGV: now, unique member, oldest score to drop, window ms. Returns the count.
 */
const recordResetSuccess = `
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return redis.call('ZCARD', KEYS[1])
`;

/** KEYS: jobs (sorted set). ARGV: now, limit. Removes and returns the earliest due members, up to limit. */
const claimDueJobs = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
for _, member in ipairs(due) do redis.call('ZREM', KEYS[1], member) end
return due
`;

/**
 * KEYS: stream. ARGV: max length, "~" (about, cheap) or "=" (exactly), event time ms, then the event's
 * field/value list. The entry id is "<event time>-0", or just after the newest entry when that is not older,
 * so ids keep increasing and XRANGE by time finds events by the caller's clock (ioredis-mock's "*" ids are
 * 1-0, 2-0, ... and repeat once it has trimmed). Returns the id.
 */
const appendToStream = `
local unpack = table.unpack or unpack
local id = ARGV[3] .. '-0'
local top = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
if #top > 0 then
  -- Redis hands the entry over as a Lua table; ioredis-mock as a 0-based JS array.
  local newest = top[1][1]
  if type(newest) ~= 'string' then newest = top[1][0] end
  local ms, seq = string.match(tostring(newest), '^(%d+)-(%d+)')
  -- Compared as numbers, never printed from one: fengari would write "1756713600000.0".
  if ms and tonumber(ms) >= tonumber(ARGV[3]) then id = ms .. '-' .. (tonumber(seq) + 1) end
end
return redis.call('XADD', KEYS[1], 'MAXLEN', ARGV[2], ARGV[1], id, unpack(ARGV, 4))
`;

type Arg = string | number;

/** The scripts as typed client commands; see each script above for its keys and arguments. */
export interface StoreScripts {
  storeSaveDialog(dialog: string, open: string, ...argv: Arg[]): Promise<number>;
  storeTakeExpiredDialogNotice(dialog: string, open: string): Promise<number>;
  storeUnlockChat(lock: string, token: string): Promise<number>;
  storeExtendChatLock(lock: string, token: string, ttlMs: number): Promise<number>;
  storeLink(byChat: string, byPerson: string, chat: string, person: string): Promise<[string, string]>;
  storeUnlinkChat(byChat: string, byPerson: string, chat: string): Promise<string>;
  storeRecordResetFailure(failures: string, block: string, ...argv: Arg[]): Promise<[number, number]>;
  storeRecordChatFailure(
    failures: string,
    subjects: string,
    block: string,
    ...argv: Arg[]
  ): Promise<[number, number]>;
  storeRecordSpreeFailure(
    failures: string,
    subjects: string,
    block: string,
    ...argv: Arg[]
  ): Promise<[number, number]>;
  storeLiftSuspension(suspension: string, failures: string): Promise<number>;
  storeRecordResetSuccess(successes: string, ...argv: Arg[]): Promise<number>;
  storeClaimDueJobs(jobs: string, now: number, limit: number): Promise<string[]>;
  storeAppendToStream(stream: string, ...argv: Arg[]): Promise<string>;
}

const definitions: Record<keyof StoreScripts, { numberOfKeys: number; lua: string }> = {
  storeSaveDialog: { numberOfKeys: 2, lua: saveDialog },
  storeTakeExpiredDialogNotice: { numberOfKeys: 2, lua: takeExpiredDialogNotice },
  storeUnlockChat: { numberOfKeys: 1, lua: unlockChat },
  storeExtendChatLock: { numberOfKeys: 1, lua: extendChatLock },
  storeLink: { numberOfKeys: 2, lua: link },
  storeUnlinkChat: { numberOfKeys: 2, lua: unlinkChat },
  storeRecordResetFailure: { numberOfKeys: 2, lua: recordResetFailure },
  storeRecordChatFailure: { numberOfKeys: 3, lua: windowedFailures("any") },
  storeRecordSpreeFailure: { numberOfKeys: 3, lua: windowedFailures("all") },
  storeLiftSuspension: { numberOfKeys: 2, lua: liftSuspension },
  storeRecordResetSuccess: { numberOfKeys: 1, lua: recordResetSuccess },
  storeClaimDueJobs: { numberOfKeys: 1, lua: claimDueJobs },
  storeAppendToStream: { numberOfKeys: 1, lua: appendToStream },
};

/**
 * Registers the store's scripts on a client (ioredis sends EVALSHA and falls back to EVAL once per
 * connection, on real Redis, Cluster and ioredis-mock alike) and returns the client typed with them.
 */
export function defineStoreScripts<C extends Redis | Cluster>(client: C): C & StoreScripts {
  for (const [name, definition] of Object.entries(definitions)) client.defineCommand(name, definition);
  return client as C & StoreScripts;
}
