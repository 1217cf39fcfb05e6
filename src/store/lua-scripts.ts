import { ENROLMENT_RECORD_LUA } from "./enrolment-record.js";

/*
 * The store's atomic steps, as Lua. The same source runs on real Redis (Lua 5.1) and on ioredis-mock
 * (fengari, Lua 5.3 with 32-bit integers and no cjson), hence the rules: values in and out are plain strings
 * and small integers, time arithmetic happens in TypeScript (a millisecond timestamp would lose its integer
 * form in fengari), and a table never holds nil/false (Redis would cut the reply short there).
 */

/**
 * A Lua function shared by the scripts that save a dialog: whether the dialog at `key` is at revision
 * `expected` ("" = there must be none), and its revision (0 for none). The value is "<revision>:<json>"; an
 * unreadable value counts as no dialog, so a chat is never stuck on it.
 */
export const DIALOG_REVISION_LUA = `
local function dialogRevision(key, expected)
  local current = redis.call('GET', key)
  local revision = nil
  if current then
    local sep = string.find(current, ':', 1, true)
    if sep then revision = tonumber(string.sub(current, 1, sep - 1)) end
    if revision ~= nil and (revision < 1 or revision % 1 ~= 0) then revision = nil end
  end
  if revision == nil then return expected == '', 0 end
  return expected ~= '' and revision == tonumber(expected), revision
end
`;

/** KEYS: dialog, dialog-open marker. ARGV: expected revision ("" = must not exist), json, idle ms, marker ms. */
const saveDialog = `${DIALOG_REVISION_LUA}
local matches, revision = dialogRevision(KEYS[1], ARGV[1])
if not matches then return 0 end
redis.call('SET', KEYS[1], (revision + 1) .. ':' .. ARGV[2], 'PX', ARGV[3])
redis.call('SET', KEYS[2], '1', 'PX', ARGV[4])
return 1
`;

/** KEYS: dialog, dialog-open marker. 1 once when the marker is left but the dialog is gone. */
const takeExpiredDialogNotice = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
return redis.call('DEL', KEYS[2])
`;

/** KEYS: dialog, dialog-open marker. ARGV: marker, ms. Leaves the marker unless a dialog is open; 1 if it did. */
const leaveEndMarker = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
return 1
`;

/** KEYS: a guided code's note. ARGV: the end it holds. Deleted only if it still holds that one (1 if so). */
const forgetGuidedCode = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])
`;

/**
 * A Lua function shared by the scripts that end a chat's turn: the update `id` ("" = none), marked begun
 * ("~<id>") in the chat's seen set when its turn took the lock, is marked done ("<id>", see chat-turns.ts).
 * Done is added before begun is taken out: Redis deletes a sorted set left empty, and the set made anew for
 * a chat's only update would keep no time to live.
 */
export const MARK_DONE_LUA = `
local function markDone(seen, id)
  if id == '' then return end
  local begunAt = redis.call('ZSCORE', seen, '~' .. id)
  if begunAt then
    redis.call('ZADD', seen, begunAt, id)
    redis.call('ZREM', seen, '~' .. id)
  end
end
`;

/**
 * KEYS: lock, and for a chat's lock its seen set. ARGV: token, and with the seen set the update the token's
 * turn is for ("" = none), marked done: a turn that failed ended too. Deletes the lock only for its holder.
 */
const unlockChat = `${MARK_DONE_LUA}
if KEYS[2] then markDone(KEYS[2], ARGV[2]) end
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** KEYS: lock. ARGV: token, ttl ms. Extends the lock only for its holder; 1 if it did. */
const extendChatLock = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

/*
 * A chat may be linked to several people (siblings on a family phone): the by-chat value is their ids, one
 * per line, in the order they linked. A person is linked to one chat.
 */

/**
 * KEYS: links by chat, links by person. ARGV: chat key, person id, most people a chat may hold, then the
 * people who take no place (staff). Adds the person to the chat (never dropping another) and moves them
 * off the chat they were linked to before; a person who takes no place is never refused.
 * Returns { previous chat of the person if another one or "", "ok" | "again" | "full", the others linked
 * to this chat, one per line }: "again" when this chat was linked to the person already; "full" changes
 * nothing.
 */
const link = `
local function split(list)
  local people = {}
  for p in string.gmatch(list or '', '[^\\n]+') do people[#people + 1] = p end
  return people
end
local uncounted = {}
for i = 4, #ARGV do uncounted[ARGV[i]] = true end
local people = split(redis.call('HGET', KEYS[1], ARGV[1]))
local present = false
local counted = 0
for _, p in ipairs(people) do
  if p == ARGV[2] then present = true end
  if not uncounted[p] then counted = counted + 1 end
end
if not present and not uncounted[ARGV[2]] and counted >= tonumber(ARGV[3]) then return { '', 'full' } end
local previousChat = redis.call('HGET', KEYS[2], ARGV[2])
if previousChat and previousChat ~= ARGV[1] then
  local kept = {}
  for _, p in ipairs(split(redis.call('HGET', KEYS[1], previousChat))) do
    if p ~= ARGV[2] then kept[#kept + 1] = p end
  end
  if #kept == 0 then redis.call('HDEL', KEYS[1], previousChat)
  else redis.call('HSET', KEYS[1], previousChat, table.concat(kept, '\\n')) end
end
local others = {}
for _, p in ipairs(people) do
  if p ~= ARGV[2] then others[#others + 1] = p end
end
if not present then people[#people + 1] = ARGV[2] end
redis.call('HSET', KEYS[1], ARGV[1], table.concat(people, '\\n'))
redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
if previousChat == ARGV[1] then previousChat = '' end
return { previousChat or '', present and 'again' or 'ok', table.concat(others, '\\n') }
`;

/**
 * KEYS: links by chat, links by person. ARGV: chat key, person id ("" for everyone linked to the chat).
 * Returns the people unlinked, one per line ("" for none).
 */
const unlinkChat = `
local list = redis.call('HGET', KEYS[1], ARGV[1])
if not list then return '' end
local kept, removed = {}, {}
for p in string.gmatch(list, '[^\\n]+') do
  if ARGV[2] == '' or p == ARGV[2] then removed[#removed + 1] = p else kept[#kept + 1] = p end
end
if #kept == 0 then redis.call('HDEL', KEYS[1], ARGV[1])
else redis.call('HSET', KEYS[1], ARGV[1], table.concat(kept, '\\n')) end
for _, p in ipairs(removed) do
  if redis.call('HGET', KEYS[2], p) == ARGV[1] then redis.call('HDEL', KEYS[2], p) end
end
return table.concat(removed, '\\n')
`;

/**
 * KEYS: the person's record, the enrolment key before the one-key layout. ARGV: the stamp the enrolment must
 * still have, then the new header and each answer's bytes. Replaces the enrolment only then, in the record,
 * deleting the key before; 1 if it did. The version stays (an upgrade is the same answers). The key before,
 * when there is one, is the enrolment (see loadPackedEnrolment) and its stamp the value's head: GETRANGE
 * and tostring, not GET, because ioredis-mock hands Lua a binary value as an object but its ASCII head as
 * a string. Otherwise the stamp is the record's field "e".
 */
const upgradeEnrolment = `${ENROLMENT_RECORD_LUA}
if redis.call('EXISTS', KEYS[2]) == 1 then
  local head = redis.call('GETRANGE', KEYS[2], 0, string.len(ARGV[1]) - 1)
  if tostring(head) ~= ARGV[1] then return 0 end
else
  local current = redis.call('HGET', KEYS[1], 'e')
  if not current or tostring(current) ~= ARGV[1] then return 0 end
end
writeEnrolment(2)
return 1
`;

/**
 * KEYS: jobs (sorted set). ARGV: now, limit, lease end. Leases the earliest due members, up to limit: each
 * is scored at the lease end (due again then, unless finished), and returned.
 */
const claimDueJobs = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
for _, member in ipairs(due) do redis.call('ZADD', KEYS[1], ARGV[3], member) end
return due
`;

/**
 * KEYS: jobs (sorted set). ARGV: the claimed member, the next try's due time and member. Replaces the one
 * with the other, if the claimed member is still there (not finished by another claimer); 1 if it did.
 */
const retryJob = `
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
return 1
`;

/**
 * KEYS: jobs (sorted set), the job's group (set). ARGV: the claimed member, the next try's due time and
 * member, group TTL ms. retryJob, with the next try noted in the job's group in place of the claimed one (so
 * that it can still be run early); 1 if it did.
 */
const retryGroupJob = `
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('SREM', KEYS[2], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return 1
`;

/**
 * KEYS: jobs (sorted set), the job's group (set). ARGV: due time, member, group TTL ms. Schedules the job and
 * notes it in its group, first dropping from the group the members already finished (see Jobs.finishJob).
 */
const scheduleGroupJob = `
for _, old in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  if not redis.call('ZSCORE', KEYS[1], old) then redis.call('SREM', KEYS[2], old) end
end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
`;

/**
 * KEYS: jobs (sorted set), a group (set). ARGV: lease end. Leases the group's jobs still on the schedule
 * (scored at the lease end, as claimDueJobs does), forgets the group, and returns them, one a line (a job
 * holds JSON, never a raw line break; ioredis-mock hands back a table grown this way as a Lua object, not a
 * list): one step, so a claim is never half done when the caller stops waiting.
 */
const claimGroupJobs = `
local taken = {}
for _, member in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  if redis.call('ZSCORE', KEYS[1], member) then
    redis.call('ZADD', KEYS[1], ARGV[1], member)
    taken[#taken + 1] = member
  end
end
redis.call('DEL', KEYS[2])
return table.concat(taken, '\\n')
`;

type Arg = string | number;

/** One script as ioredis's defineCommand takes it. */
export interface ScriptDefinition {
  numberOfKeys: number;
  lua: string;
}

/** The scripts as typed client commands; see each script above for its keys and arguments. */
export interface StoreScripts {
  storeSaveDialog(dialog: string, open: string, ...argv: Arg[]): Promise<number>;
  storeTakeExpiredDialogNotice(dialog: string, open: string): Promise<number>;
  storeLeaveEndMarker(dialog: string, open: string, marker: string, ms: number): Promise<number>;
  storeForgetGuidedCode(note: string, until: string): Promise<number>;
  storeUnlockChat(lock: string, token: string): Promise<number>;
  storeUnlockChatTurn(lock: string, seen: string, token: string, updateId: string): Promise<number>;
  storeExtendChatLock(lock: string, token: string, ttlMs: number): Promise<number>;
  storeLink(
    byChat: string,
    byPerson: string,
    chat: string,
    person: string,
    maxPeople: number,
    ...uncounted: string[]
  ): Promise<[string, string, string?]>;
  storeUnlinkChat(byChat: string, byPerson: string, chat: string, person: string): Promise<string>;
  storeClaimDueJobs(jobs: string, now: number, limit: number, leaseUntil: number): Promise<string[]>;
  storeClaimGroupJobs(jobs: string, group: string, leaseUntil: number): Promise<string>;
  storeRetryJob(jobs: string, claimed: string, dueAt: number, next: string): Promise<number>;
  storeRetryGroupJob(
    jobs: string,
    group: string,
    claimed: string,
    dueAt: number,
    next: string,
    ttlMs: number,
  ): Promise<number>;
  storeScheduleGroupJob(
    jobs: string,
    group: string,
    dueAt: number,
    member: string,
    ttlMs: number,
  ): Promise<null>;
  storeUpgradeEnrolment(
    record: string,
    before: string,
    stamp: string,
    header: string,
    ...answers: Buffer[]
  ): Promise<number>;
}

/** The scripts by command name, for withStoreScripts (scripted-client.ts) to register. */
export const STORE_SCRIPTS: Record<keyof StoreScripts, ScriptDefinition> = {
  storeSaveDialog: { numberOfKeys: 2, lua: saveDialog },
  storeTakeExpiredDialogNotice: { numberOfKeys: 2, lua: takeExpiredDialogNotice },
  storeLeaveEndMarker: { numberOfKeys: 2, lua: leaveEndMarker },
  storeForgetGuidedCode: { numberOfKeys: 1, lua: forgetGuidedCode },
  storeUnlockChat: { numberOfKeys: 1, lua: unlockChat },
  storeUnlockChatTurn: { numberOfKeys: 2, lua: unlockChat },
  storeExtendChatLock: { numberOfKeys: 1, lua: extendChatLock },
  storeLink: { numberOfKeys: 2, lua: link },
  storeUnlinkChat: { numberOfKeys: 2, lua: unlinkChat },
  storeClaimDueJobs: { numberOfKeys: 1, lua: claimDueJobs },
  storeScheduleGroupJob: { numberOfKeys: 2, lua: scheduleGroupJob },
  storeClaimGroupJobs: { numberOfKeys: 2, lua: claimGroupJobs },
  storeRetryJob: { numberOfKeys: 1, lua: retryJob },
  storeRetryGroupJob: { numberOfKeys: 2, lua: retryGroupJob },
  storeUpgradeEnrolment: { numberOfKeys: 2, lua: upgradeEnrolment },
};
