import type { Enrolment } from "../core/ports/store.js";
import type { StoreKeys } from "./keys.js";
import { ANSWER_BYTES, enrolmentStamp, packEnrolment } from "./packed-enrolment.js";
import type { ScriptedClient } from "./scripted-client.js";

/*
 * A person's enrolment lives in their record (the hash that also holds their version and audit trail), so a
 * person costs Redis one key, not two (each key is about 70 bytes of overhead). Field "e" is the packed
 * enrolment's ASCII header, fields "a0", "a1", … each answer's 48 bytes of salt and hash. Every value stays
 * within Redis's 64 bytes for a compact hash (hash-max-listpack-value) unless a school's question ids are
 * very long, when Redis keeps the record in its larger form: still correct, just bigger.
 *
 * Enrolments saved before this layout are a string under keys.enrolmentBefore: read when "e" is absent, and
 * deleted by the next save, upgrade or clearing, in the same script (the same hash tag, so the same slot).
 */

/** Answer fields read with the header in the first round trip; more are read only if all of these exist. */
const ANSWERS_READ_AT_ONCE = 8;

const answerField = (index: number) => `a${index}`;

/** The enrolment as the record's values, for a script's ARGV: the header, then one value per answer. */
export function enrolmentFieldValues(enrolment: Enrolment): [header: string, ...answers: Buffer[]] {
  const header = enrolmentStamp(enrolment);
  const answers = packEnrolment(enrolment).subarray(Buffer.byteLength(header, "ascii"));
  const values: Buffer[] = [];
  for (let at = 0; at < answers.length; at += ANSWER_BYTES) {
    values.push(answers.subarray(at, at + ANSWER_BYTES));
  }
  return [header, ...values];
}

/**
 * The person's enrolment as one packed buffer (for readEnrolment); null if there is none. The record and the
 * key before are read together (one transaction, one round trip). When both exist the key before wins: this
 * version deletes it at every write, so it was written later, by a replica of the version before.
 */
export async function loadPackedEnrolment(
  redis: ScriptedClient,
  keys: StoreKeys,
  personId: string,
): Promise<Buffer | null> {
  const record = keys.enrolment(personId);
  const fields = (from: number) =>
    Array.from({ length: ANSWERS_READ_AT_ONCE }, (_, i) => answerField(from + i));
  const replies = await redis
    .multi()
    .hmgetBuffer(record, "e", ...fields(0))
    .getBuffer(keys.enrolmentBefore(personId))
    .exec();
  const [[recordError, inRecord] = [], [beforeError, before] = []] = replies ?? [];
  if (recordError || beforeError) throw recordError ?? beforeError;
  if (before !== null && before !== undefined) return before as Buffer;
  const [header, ...first] = (inRecord ?? []) as (Buffer | null)[];
  if (header === null || header === undefined) return null;
  const parts: Buffer[] = [header];
  let batch = first;
  for (;;) {
    const end = batch.indexOf(null);
    parts.push(...(batch.slice(0, end < 0 ? batch.length : end) as Buffer[]));
    if (end >= 0) break;
    batch = await redis.hmgetBuffer(record, ...fields(parts.length - 1));
  }
  return Buffer.concat(parts);
}

/**
 * Bumps the person's version (a link changed) and says whether they have an enrolment, in either layout: one
 * transaction on the person's hash tag, so knowing it costs the link no round trip of its own.
 */
export async function bumpVersionSayingIfEnrolled(
  redis: ScriptedClient,
  keys: StoreKeys,
  personId: string,
): Promise<{ version: number; enrolled: boolean }> {
  const replies = await redis
    .multi()
    .hincrby(keys.version(personId), "v", 1)
    .hexists(keys.enrolment(personId), "e")
    .exists(keys.enrolmentBefore(personId))
    .exec();
  const [[versionError, version] = [], [recordError, inRecord] = [], [beforeError, before] = []] =
    replies ?? [];
  const error = versionError ?? recordError ?? beforeError;
  if (error) throw error;
  return { version: Number(version ?? 0), enrolled: inRecord === 1 || before === 1 };
}

/**
 * Lua functions for the scripts that write an enrolment (KEYS[1] the record, KEYS[2] the key before):
 * writeEnrolment sets "e" and the answer fields from ARGV[first] on (the header, then each answer, passed
 * through untouched: ioredis-mock's Lua cannot read binary values), drops answer fields a shorter enrolment
 * no longer has, and deletes the key before; dropEnrolment removes both layouts and says how many it found.
 */
export const ENROLMENT_RECORD_LUA = `
local function dropAnswersFrom(count)
  for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
    local index = string.match(field, '^a(%d+)$')
    if index and tonumber(index) >= count then redis.call('HDEL', KEYS[1], field) end
  end
end
local function writeEnrolment(first)
  local fields = { 'e', ARGV[first] }
  local count = #ARGV - first
  for i = 1, count do
    fields[#fields + 1] = 'a' .. (i - 1)
    fields[#fields + 1] = ARGV[first + i]
  end
  redis.call('HSET', KEYS[1], (table.unpack or unpack)(fields))
  dropAnswersFrom(count)
  redis.call('DEL', KEYS[2])
end
local function dropEnrolment()
  local found = redis.call('HDEL', KEYS[1], 'e') + redis.call('DEL', KEYS[2])
  dropAnswersFrom(0)
  return found
end
`;
