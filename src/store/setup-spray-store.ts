import type { Cluster, Redis } from "ioredis";
import type { SetupSprayCounts } from "../core/ports/setup-spray.js";
import { normalisePersonId, type StoreKeys } from "./keys.js";

type Client = Redis | Cluster;
type Run = <T>(operation: () => Promise<T>) => Promise<T>;

/**
 * KEYS: tried, linked, quiet. ARGV: 1 now, 2 id ("" for an ID that matches nobody: nothing is added), 3 oldest
 * score that no longer counts, 4 window ms, 5 newest first try that counts as settled, 6 min IDs, 7 min share
 * (percent), 8 quiet ms. Returns { not linked, linked, 1 when this count alerts }.
 *
 * The quiet key holds the not-linked count of the last alert: a later count of at least twice that alerts
 * again within the window (an early alert at a few IDs must not hide the rest of the day's spray), and a
 * trickle of one ID more does not. It is read only once a count passes the rule.
 */
const NOTE_WRONG = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
if ARGV[2] ~= '' then
  redis.call('ZADD', KEYS[1], 'NX', ARGV[1], ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  redis.call('ZREM', KEYS[2], ARGV[2])
end
local notLinked = redis.call('ZCOUNT', KEYS[1], '-inf', ARGV[5])
local linked = redis.call('ZCARD', KEYS[2])
local alert = 0
if notLinked >= tonumber(ARGV[6]) and notLinked * 100 >= tonumber(ARGV[7]) * (notLinked + linked) then
  local alerted = tonumber(redis.call('GET', KEYS[3]) or '0') or 0
  if notLinked >= 2 * alerted then
    redis.call('SET', KEYS[3], notLinked, 'PX', ARGV[8])
    alert = 1
  end
end
return { notLinked, linked, alert }
`;

/** KEYS: tried, linked. ARGV: id, now, oldest score that no longer counts, window ms. */
const NOTE_LINK = `
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
if redis.call('ZREM', KEYS[1], ARGV[1]) == 1 then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
  redis.call('PEXPIRE', KEYS[2], ARGV[4])
end
return 1
`;

/** SetupSprayCounts on Redis: two sorted sets of IDs and a quiet key, all in the `{school}` hash tag. */
export function setupSprayStore(redis: Client, keys: StoreKeys, run: Run): SetupSprayCounts {
  redis.defineCommand("spraySetupWrong", { numberOfKeys: 3, lua: NOTE_WRONG });
  redis.defineCommand("spraySetupLinked", { numberOfKeys: 2, lua: NOTE_LINK });
  const scripted = redis as Client & {
    spraySetupWrong(...args: (string | number)[]): Promise<number[]>;
    spraySetupLinked(...args: (string | number)[]): Promise<number>;
  };
  const { tried, linked, quiet } = keys.setupSpray;
  const whole = (ms: number) => Math.max(1, Math.round(ms));
  return {
    lookForSetupSpray: (wrongPasswordOf, now, rule) =>
      run(async () => {
        const [notLinked, linkedIds, alert] = await scripted.spraySetupWrong(
          tried,
          linked,
          quiet,
          now,
          wrongPasswordOf === null ? "" : normalisePersonId(wrongPasswordOf),
          now - rule.windowMs,
          whole(rule.windowMs),
          now - rule.settleMs,
          rule.minIds,
          rule.minSharePercent,
          whole(rule.windowMs),
        );
        return { notLinked: Number(notLinked), linked: Number(linkedIds), alertNow: Number(alert) === 1 };
      }),
    noteLinkAfterWrongPassword: (personId, now, rule) =>
      run(async () => {
        await scripted.spraySetupLinked(
          tried,
          linked,
          normalisePersonId(personId),
          now,
          now - rule.windowMs,
          whole(rule.windowMs),
        );
      }),
  };
}
