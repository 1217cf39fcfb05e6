import { ENROLMENT_RECORD_LUA } from "./enrolment-record.js";
import type { ScriptDefinition } from "./lua-scripts.js";

/*
 * Scripts for limits, the reset guard and the audit trail. Same rules as lua-scripts.ts: plain strings and
 * small integers in and out, time arithmetic in TypeScript, and each script's keys share one hash tag.
 */

/**
 * KEYS: failures (sorted set, members "<ms>:<id>", or "<ms>:<id>|<about>": see forgetFailure), abouts
 * (sorted set), block, version, another limit's block (fixed) that stops the count.
 * ARGV: 1 now, 2 member, 3 oldest score to drop, 4 window ms, 5 max failures, 6 mode ("fixed"|"window"),
 * 7 blocked-until (fixed), 8 block ms (fixed), 9 about ("" none), 10 max abouts (0 none), 11 "any"|"all",
 * 12 reserve ("1": do not count at the limit, nor while a fixed block lasts), 13 bump the version when a
 * block starts ("1"), 14 "1" when the other limit's block is to be checked, 15 most failures in the shorter
 * burst window (0 none), 16 oldest score no longer in it, 17 most failures in the longer window (0 none; a
 * fixed block, no reserve), 18 oldest score no longer in it, 19 its ms.
 * A failure whose member (ARGV 2) is counted already is not counted again.
 * Returns { failures, 1 if this one started the block, "" | blocked-until | "w:<member whose leaving makes room>", 1 if counted,
 * failures in the longer window (0 without one), abouts... }; while the other limit blocks,
 * { 0, 0, "o:<its blocked-until>", 0, 0 } and nothing is counted; at the burst's most,
 * { failures, 0, "b:<member whose leaving the burst window makes room>", 0, failures in the longer window },
 * nothing counted.
 */
const countFailure = `
if ARGV[14] == '1' then
  local other = redis.call('GET', KEYS[5])
  if other and tonumber(other) ~= nil and tonumber(other) > tonumber(ARGV[1]) then return { 0, 0, 'o:' .. other, 0, 0 } end
end
-- With a longer window, the failures are kept for it, and those older than the rule's own window are not
-- counted towards its limit (ZCOUNT); freeing's ranks assume none such, hence that window's fixed block.
local long = tonumber(ARGV[17])
local keptFrom = ARGV[3]
local keptMs = ARGV[4]
if long > 0 then keptFrom, keptMs = ARGV[18], ARGV[19] end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', keptFrom)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
local max = tonumber(ARGV[5])
-- The failure whose leaving the window makes room: with more failures than the limit (it was lowered since
-- they were counted), not the oldest, but the one that leaves the count one under the limit.
local function freeing(failures)
  local at = redis.call('ZRANGE', KEYS[1], math.max(0, failures - max), math.max(0, failures - max))
  return 'w:' .. (at[1] or '')
end
local function blockFrom(failures)
  if ARGV[6] == 'window' then
    if failures >= max then return freeing(failures) end
    return ''
  end
  local till = redis.call('GET', KEYS[3])
  if till and tonumber(till) ~= nil and tonumber(till) > tonumber(ARGV[1]) then return till end
  return ''
end
local before = redis.call('ZCARD', KEYS[1])
local beforeLong = 0
if long > 0 then before, beforeLong = redis.call('ZCOUNT', KEYS[1], '(' .. ARGV[3], '+inf'), before end
-- This very failure counted already (a retried turn whose reply was lost): nothing more, the count as it stands.
if redis.call('ZSCORE', KEYS[1], ARGV[2]) then return { before, 0, blockFrom(before), 1, beforeLong } end
if ARGV[12] == '1' then
  -- A fixed block outlasts the failures behind it (they leave the window first): nothing counts while it lasts.
  local block = blockFrom(before)
  -- At the limit with no block of its own (the limit was lowered since): room comes as failures leave.
  if block == '' and before >= max then block = freeing(before) end
  if block ~= '' then return { before, 0, block, 0, beforeLong } end
end
-- The burst reads the same failures (no key of its own): at its most, nothing is counted until one leaves it.
local burst = tonumber(ARGV[15])
if burst > 0 then
  local recent = redis.call('ZCOUNT', KEYS[1], '(' .. ARGV[16], '+inf')
  if recent >= burst then
    local at = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. ARGV[16], '+inf', 'LIMIT', recent - burst, 1)
    return { before, 0, 'b:' .. (at[1] or ''), 0, beforeLong }
  end
end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], keptMs)
if ARGV[9] ~= '' then
  redis.call('ZADD', KEYS[2], ARGV[1], ARGV[9])
  redis.call('PEXPIRE', KEYS[2], ARGV[4])
end
local failures = before + 1
local longFailures = 0
if long > 0 then longFailures = beforeLong + 1 end
local abouts = redis.call('ZCARD', KEYS[2])
local maxAbouts = tonumber(ARGV[10])
local reached = failures >= max
if maxAbouts > 0 then
  if ARGV[11] == 'any' then reached = reached or abouts >= maxAbouts
  else reached = reached and abouts >= maxAbouts end
end
if long > 0 and longFailures >= long then reached = true end
-- One table constructor: ioredis-mock returns a table grown by assignment as a proxy, not an array.
local function withAbouts(result)
  return { result[1], result[2], result[3], result[4], result[5], (table.unpack or unpack)(redis.call('ZRANGE', KEYS[2], 0, 19)) }
end
if not reached then return { failures, 0, blockFrom(failures), 1, longFailures } end
if ARGV[6] == 'window' then
  if failures == max then return withAbouts({ failures, 1, freeing(failures), 1, longFailures }) end
  return { failures, 0, freeing(failures), 1, longFailures }
end
local current = blockFrom(failures)
if current ~= '' then return { failures, 0, current, 1, longFailures } end
redis.call('SET', KEYS[3], ARGV[7], 'PX', ARGV[8])
if ARGV[13] == '1' then redis.call('HINCRBY', KEYS[4], 'v', 1) end
return withAbouts({ failures, 1, ARGV[7], 1, longFailures })
`;

/**
 * KEYS: failures, block. ARGV: mode, oldest score that no longer counts, max failures, now.
 * Returns "" (not blocked), the blocked-until time (fixed), or "w:<oldest member in the window>".
 */
const blockedUntil = `
if ARGV[1] == 'fixed' then
  local till = redis.call('GET', KEYS[2])
  if till and tonumber(till) ~= nil and tonumber(till) > tonumber(ARGV[4]) then return till end
  return ''
end
local max = tonumber(ARGV[3])
local inWindow = redis.call('ZCOUNT', KEYS[1], '(' .. ARGV[2], '+inf')
if inWindow < max then return '' end
-- The failure whose leaving makes room (more than the limit when it was lowered since): see countFailure.
local freeing = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. ARGV[2], '+inf', 'LIMIT', inWindow - max, 1)
return 'w:' .. (freeing[1] or '')
`;

/**
 * KEYS: failures, abouts, block. ARGV: member, the block that failure started ("" none). Takes one failure
 * back; with none left, the abouts go too, else the one that failure names ("<ms>:<id>|<about>") unless
 * another failure names it. The block goes only while it is still the one that failure set.
 */
const forgetFailure = `
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('ZCARD', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[1], KEYS[2])
else
  local bar = string.find(ARGV[1], '|', 1, true)
  if bar then
    local suffix = string.sub(ARGV[1], bar)
    local named = false
    for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
      if string.sub(member, -string.len(suffix)) == suffix then named = true break end
    end
    if not named then redis.call('ZREM', KEYS[2], string.sub(suffix, 2)) end
  end
end
if ARGV[2] ~= '' and redis.call('GET', KEYS[3]) == ARGV[2] then redis.call('DEL', KEYS[3]) end
return 1
`;

/**
 * KEYS: failures, abouts, block. ARGV: now, oldest score that no longer counts.
 * Returns { 1 if a block was in force, failures still within the window }.
 */
const clearFailures = `
local till = redis.call('GET', KEYS[3])
local failures = redis.call('ZCOUNT', KEYS[1], '(' .. ARGV[2], '+inf')
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
local blocked = 0
if till and tonumber(till) ~= nil and tonumber(till) > tonumber(ARGV[1]) then blocked = 1 end
return { blocked, failures }
`;

/**
 * KEYS: version, reservation, student block, resets. ARGV: expected version, token, ttl ms, "1" to check
 * the student's suspension and cap, now, oldest reset score that no longer counts, max resets.
 */
const reserveReset = `
local version = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if version ~= tonumber(ARGV[1]) then return 'changed' end
if ARGV[4] == '1' then
  local till = redis.call('GET', KEYS[3])
  if till and tonumber(till) ~= nil and tonumber(till) > tonumber(ARGV[5]) then return 'suspended' end
  if redis.call('ZCOUNT', KEYS[4], '(' .. ARGV[6], '+inf') >= tonumber(ARGV[7]) then return 'capped' end
end
if not redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3], 'NX') then return 'busy' end
return 'ok'
`;

/**
 * KEYS: version, reservation, resets. ARGV: token, now, member, oldest score to drop, window ms ("" when
 * the reset does not count towards the cap).
 */
const commitReset = `
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
if ARGV[5] ~= '' then
  redis.call('ZADD', KEYS[3], ARGV[2], ARGV[3])
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[4])
  redis.call('PEXPIRE', KEYS[3], ARGV[5])
end
return redis.call('HINCRBY', KEYS[1], 'v', 1)
`;

/**
 * KEYS: record (version and enrolment), enrolment key before the one-key layout. ARGV: expected version
 * ("" = any), header, then each answer's bytes. 1 if saved.
 */
const saveEnrolment = `${ENROLMENT_RECORD_LUA}
local version = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if ARGV[1] ~= '' and version ~= tonumber(ARGV[1]) then return 0 end
writeEnrolment(2)
redis.call('HINCRBY', KEYS[1], 'v', 1)
return 1
`;

/**
 * KEYS: record, enrolment key before. ARGV: expected version (none or "" = any). Returns 1 if there were
 * answers to delete (in either layout), -1 (deleting nothing) if the version is not the one expected.
 */
const clearEnrolment = `${ENROLMENT_RECORD_LUA}
if ARGV[1] and ARGV[1] ~= '' and tonumber(redis.call('HGET', KEYS[1], 'v') or '0') ~= tonumber(ARGV[1]) then
  return -1
end
if dropEnrolment() == 0 then return 0 end
redis.call('HINCRBY', KEYS[1], 'v', 1)
return 1
`;

/**
 * KEYS: day stream, days index (sorted set of day names scored by day number), the day's count of events
 * not listed (hash). ARGV: 1 the day's length up to which this event is listed (its share, or less for an
 * attempt), 2 ttl ms, 3 day number, 4 day name, 5 oldest day number kept, 6 event time ms, 7 the count's
 * field ("<event>|<outcome>"), 8 the field that notes when the first event of its kind was left out
 * ("from": an attempt, "all": any), then the fields. The id is the event's time, or just after the newest
 * entry's when that is later. Never trims: a day with no room left for the event counts it instead, so that
 * nothing the day already holds is pushed out. Returns the day's length after the write; -2 when the event
 * was counted, not listed; -3 when it is the first counted of its kind that day.
 */
const appendAuditToDay = `
local unpack = table.unpack or unpack
if redis.call('XLEN', KEYS[1]) >= tonumber(ARGV[1]) then
  redis.call('HINCRBY', KEYS[3], ARGV[7], 1)
  local first = redis.call('HSETNX', KEYS[3], ARGV[8], ARGV[6])
  redis.call('PEXPIRE', KEYS[3], ARGV[2])
  if first == 1 then return -3 end
  return -2
end
local id = ARGV[6] .. '-0'
local top = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
if #top > 0 then
  local newest = top[1][1]
  if type(newest) ~= 'string' then newest = top[1][0] end
  local ms, seq = string.match(tostring(newest), '^(%d+)-(%d+)')
  if ms and tonumber(ms) >= tonumber(ARGV[6]) then id = ms .. '-' .. (tonumber(seq) + 1) end
end
-- The id carries the event's time. Written more than 10 s after a newer entry, the event's own time is
-- written too; within 10 s (a step that waited for hashing, a replica's clock) the order of writing stands
-- for it, and every entry keeps the same fields (Redis then stores their names once per node).
if id == ARGV[6] .. '-0' or tonumber(string.match(id, '^(%d+)')) - tonumber(ARGV[6]) <= 10000 then
  redis.call('XADD', KEYS[1], id, unpack(ARGV, 9))
else
  redis.call('XADD', KEYS[1], id, 'at', ARGV[6], unpack(ARGV, 9))
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return redis.call('XLEN', KEYS[1])
`;

/**
 * KEYS: the person's record (hash). ARGV: entry, slots kept, the ring's field letter. A trail is a ring of
 * fields <letter>0..<letter><kept-1> in the same small hash as the person's version (one key, each value
 * under 64 bytes so Redis keeps the hash in its compact form). A new entry takes a free slot, else the
 * oldest (entries start with their time in base 36, all of one length, so they compare as strings).
 */
const appendTrail = `
local kept = tonumber(ARGV[2])
local ring = ARGV[3]
local slot, oldest = nil, nil
for i = 0, kept - 1 do
  local entry = redis.call('HGET', KEYS[1], ring .. i)
  if not entry then slot = i break end
  if oldest == nil or entry < oldest then oldest, slot = entry, i end
end
redis.call('HSET', KEYS[1], ring .. slot, ARGV[1])
return 1
`;

/**
 * KEYS: attempt counters (hash), who made them (hash). ARGV: field, ttl ms, oldest day kept ("yyyymmdd"),
 * fields before pruning, the field of who made it ("" when the stream did not record it), the field of
 * recorded attempts not kept by name, actors kept by name. Counts one attempt, and who made it when recorded;
 * drops days past the retention once a hash grows.
 */
const countAttempt = `
local function prune(key)
  if redis.call('HLEN', key) > tonumber(ARGV[4]) then
    for _, field in ipairs(redis.call('HKEYS', key)) do
      if string.sub(field, 1, 8) < ARGV[3] then redis.call('HDEL', key, field) end
    end
  end
end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('PEXPIRE', KEYS[1], ARGV[2])
prune(KEYS[1])
if ARGV[5] ~= '' then
  prune(KEYS[2])
  local field = ARGV[5]
  if redis.call('HEXISTS', KEYS[2], field) == 0 and redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[7]) then
    field = ARGV[6]
  end
  redis.call('HINCRBY', KEYS[2], field, 1)
  redis.call('PEXPIRE', KEYS[2], ARGV[2])
end
return 1
`;

/**
 * KEYS: what a person did to others (sorted set by time). ARGV: time, entry, oldest time kept, entries kept,
 * ttl ms. Files one event, its entry after an 8-digit sequence within its millisecond (so that events of one
 * millisecond, which a sorted set orders by member, read in the order written); drops those past the
 * retention, then the oldest past the bound.
 */
const fileEventBy = `
local seq = 0
local same = redis.call('ZREVRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[1], 'LIMIT', 0, 1)
if #same > 0 then seq = (tonumber(string.sub(same[1], 1, 8)) or 0) + 1 end
redis.call('ZADD', KEYS[1], ARGV[1], string.format('%08d', seq) .. ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[4]) + 1))
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`;

/** KEYS: rate counter. ARGV: window ms. Returns the count in the current window, this one included. */
const countRate = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count
`;

/**
 * KEYS: a chat's audit rate counter, then appendAuditToDay's three. ARGV: the rate's window ms, the most the
 * chat may add in it, "1" to count the event against the rate (as countRate) or "0" only to hold it to the
 * rate, then appendAuditToDay's. Appends the event to the day only within the rate, in one step. Returns
 * appendAuditToDay's reply, or -1 when over the rate (nothing appended nor counted for the day). Its keys lie in two hash slots:
 * for a single Redis only, never a Cluster (see createRedisAudit).
 */
const appendAuditToDayWithinRate = `
local count
if ARGV[3] == '1' then
  count = redis.call('INCR', KEYS[1])
  if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
else
  count = tonumber(redis.call('GET', KEYS[1]) or '0')
end
if count > tonumber(ARGV[2]) then return -1 end
local function appendOne(KEYS, ARGV)
${appendAuditToDay}
end
local rest = {}
for i = 4, #ARGV do rest[i - 3] = ARGV[i] end
return appendOne({ KEYS[2], KEYS[3], KEYS[4] }, rest)
`;

/**
 * KEYS: appendAuditToDay's three, then the day's count of listed events per person (hash). ARGV: the most
 * listed per person that day, the person's field ("<event>|<person>"), ms until the day ends, then
 * appendAuditToDay's. Counts the event for its person; past the most, counts it as not listed (noting when
 * the day first did so in the field "capped") instead of appending it. Returns appendAuditToDay's reply, or
 * -4 when past the most. All its keys share the stream's hash slot: one script on a Cluster too.
 */
const appendAuditToDayPerPerson = `
local listed = redis.call('HINCRBY', KEYS[4], ARGV[2], 1)
redis.call('PEXPIRE', KEYS[4], ARGV[3])
local rest = {}
for i = 4, #ARGV do rest[i - 3] = ARGV[i] end
if listed > tonumber(ARGV[1]) then
  redis.call('HINCRBY', KEYS[3], rest[7], 1)
  redis.call('HSETNX', KEYS[3], 'capped', rest[6])
  redis.call('PEXPIRE', KEYS[3], rest[2])
  return -4
end
local function appendOne(KEYS, ARGV)
${appendAuditToDay}
end
return appendOne({ KEYS[1], KEYS[2], KEYS[3] }, rest)
`;

/**
 * KEYS: the first count's five keys (as countFailure's), then the second's. ARGV: the first's nineteen (as
 * countFailure's), then the second's. Counts the first failure; only when it counted, the second; when the
 * second did not count, takes the first back with the block it started (as forgetFailure), all in one step.
 * Returns { the first's reply, the second's reply (empty when not counted) }, each as countFailure's. Its
 * keys may lie in two hash slots: for a single Redis only, never a Cluster (see createRedisLimits).
 */
const countFailureThen = `
local function slice(t, from, to)
  local out = {}
  for i = from, to do out[i - from + 1] = t[i] end
  return out
end
local function countOne(KEYS, ARGV)
${countFailure}
end
local function forgetOne(KEYS, ARGV)
${forgetFailure}
end
local first = countOne(slice(KEYS, 1, 5), slice(ARGV, 1, 19))
if tonumber(first[4]) ~= 1 then return { first, {} } end
local second = countOne(slice(KEYS, 6, 10), slice(ARGV, 20, 38))
if tonumber(second[4]) ~= 1 then
  -- A fixed block the first count started goes with it; a window's has no key of its own.
  local started = ''
  if tonumber(first[2]) == 1 and ARGV[6] ~= 'window' then started = ARGV[7] end
  forgetOne({ KEYS[1], KEYS[2], KEYS[3] }, { ARGV[2], started })
end
return { first, second }
`;

type Arg = string | number;

/** The scripts as typed client commands; see each script above for its keys and arguments. */
export interface PersonScripts {
  limitCountFailure(
    failures: string,
    abouts: string,
    block: string,
    version: string,
    otherBlock: string,
    ...argv: Arg[]
  ): Promise<(string | number)[]>;
  limitCountFailureThen(...keysThenArgv: Arg[]): Promise<[(string | number)[], (string | number)[]]>;
  limitBlockedUntil(failures: string, block: string, ...argv: Arg[]): Promise<string>;
  limitClear(failures: string, abouts: string, block: string, ...argv: Arg[]): Promise<number[]>;
  limitForget(
    failures: string,
    abouts: string,
    block: string,
    member: string,
    startedBlock: string,
  ): Promise<number>;
  guardReserve(
    version: string,
    reservation: string,
    block: string,
    resets: string,
    ...argv: Arg[]
  ): Promise<string>;
  guardCommit(version: string, reservation: string, resets: string, ...argv: Arg[]): Promise<number>;
  guardSaveEnrolment(
    record: string,
    before: string,
    expected: string,
    header: string,
    ...answers: Buffer[]
  ): Promise<number>;
  guardClearEnrolment(record: string, before: string, expectedVersion?: string): Promise<number>;
  auditAppendDay(day: string, days: string, unlisted: string, ...argv: Arg[]): Promise<number>;
  auditAppendDayWithinRate(
    rate: string,
    day: string,
    days: string,
    unlisted: string,
    ...argv: Arg[]
  ): Promise<number>;
  auditAppendDayPerPerson(
    day: string,
    days: string,
    unlisted: string,
    perPerson: string,
    ...argv: Arg[]
  ): Promise<number>;
  auditAppendTrail(trail: string, entry: string, kept: number, ring: string): Promise<number>;
  auditFileBy(by: string, ...argv: Arg[]): Promise<number>;
  auditCountAttempt(counters: string, actors: string, ...argv: Arg[]): Promise<number>;
  countRate(counter: string, windowMs: number): Promise<number>;
}

/** The scripts by command name, for withStoreScripts (scripted-client.ts) to register. */
export const PERSON_SCRIPTS: Record<keyof PersonScripts, ScriptDefinition> = {
  limitCountFailure: { numberOfKeys: 5, lua: countFailure },
  limitCountFailureThen: { numberOfKeys: 10, lua: countFailureThen },
  limitBlockedUntil: { numberOfKeys: 2, lua: blockedUntil },
  limitClear: { numberOfKeys: 3, lua: clearFailures },
  limitForget: { numberOfKeys: 3, lua: forgetFailure },
  guardReserve: { numberOfKeys: 4, lua: reserveReset },
  guardCommit: { numberOfKeys: 3, lua: commitReset },
  guardSaveEnrolment: { numberOfKeys: 2, lua: saveEnrolment },
  guardClearEnrolment: { numberOfKeys: 2, lua: clearEnrolment },
  auditAppendDay: { numberOfKeys: 3, lua: appendAuditToDay },
  auditAppendDayWithinRate: { numberOfKeys: 4, lua: appendAuditToDayWithinRate },
  auditAppendDayPerPerson: { numberOfKeys: 4, lua: appendAuditToDayPerPerson },
  auditAppendTrail: { numberOfKeys: 1, lua: appendTrail },
  auditCountAttempt: { numberOfKeys: 2, lua: countAttempt },
  auditFileBy: { numberOfKeys: 1, lua: fileEventBy },
  countRate: { numberOfKeys: 1, lua: countRate },
};
