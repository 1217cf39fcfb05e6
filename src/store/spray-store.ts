import type { Cluster, Redis } from "ioredis";
import type { SprayCounts } from "../core/ports/spray.js";
import { normalisePersonId, type StoreKeys } from "./keys.js";

type Client = Redis | Cluster;
type Run = <T>(operation: () => Promise<T>) => Promise<T>;

/**
 * KEYS: tried, settled, quiet. ARGV: 1 now, 2 id ("" for an ID that matches nobody: nothing is added),
 * 3 oldest score that no longer counts, 4 window ms, 5 newest first try whose time to settle is over, 6 min
 * IDs, 7 min share (percent), 8 quiet ms. Returns { unsettled, settled, 1 when this count alerts }.
 *
 * The quiet key holds the unsettled count of the last alert: a later count of at least twice that alerts
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
local unsettled = redis.call('ZCOUNT', KEYS[1], '-inf', ARGV[5])
local settled = redis.call('ZCARD', KEYS[2])
local alert = 0
if unsettled >= tonumber(ARGV[6]) and unsettled * 100 >= tonumber(ARGV[7]) * (unsettled + settled) then
  local alerted = tonumber(redis.call('GET', KEYS[3]) or '0') or 0
  if unsettled >= 2 * alerted then
    redis.call('SET', KEYS[3], unsettled, 'PX', ARGV[8])
    alert = 1
  end
end
return { unsettled, settled, alert }
`;

/** KEYS: tried, settled. ARGV: id, now, oldest score that no longer counts, window ms. */
const NOTE_SETTLED = `
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
if redis.call('ZREM', KEYS[1], ARGV[1]) == 1 then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
  redis.call('PEXPIRE', KEYS[2], ARGV[4])
end
return 1
`;

/**
 * SprayCounts on Redis: for each watch, two sorted sets of IDs and a quiet key, all in the `{school}` hash
 * tag. The watches share the scripts and keep apart by their keys.
 */
export function sprayStore(redis: Client, keys: StoreKeys, run: Run): SprayCounts {
  redis.defineCommand("sprayWrong", { numberOfKeys: 3, lua: NOTE_WRONG });
  redis.defineCommand("spraySettled", { numberOfKeys: 2, lua: NOTE_SETTLED });
  const scripted = redis as Client & {
    sprayWrong(...args: (string | number)[]): Promise<number[]>;
    spraySettled(...args: (string | number)[]): Promise<number>;
  };
  const whole = (ms: number) => Math.max(1, Math.round(ms));
  return {
    lookForSpray: (watch, wrongTryOf, now, rule) =>
      run(async () => {
        const { tried, settled, quiet } = keys.spray(watch);
        const [unsettled, settledIds, alert] = await scripted.sprayWrong(
          tried,
          settled,
          quiet,
          now,
          wrongTryOf === null ? "" : normalisePersonId(wrongTryOf),
          now - rule.windowMs,
          whole(rule.windowMs),
          now - rule.settleMs,
          rule.minIds,
          rule.minSharePercent,
          whole(rule.windowMs),
        );
        return { unsettled: Number(unsettled), settled: Number(settledIds), alertNow: Number(alert) === 1 };
      }),
    noteSettledAfterWrongTry: (watch, personId, now, rule) =>
      run(async () => {
        const { tried, settled } = keys.spray(watch);
        await scripted.spraySettled(
          tried,
          settled,
          normalisePersonId(personId),
          now,
          now - rule.windowMs,
          whole(rule.windowMs),
        );
      }),
  };
}
