import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { Cluster, type Redis } from "ioredis";
import { chatKey, type ChatRef } from "../core/chat.js";
import type { ChatTurn, ChatTurnEnd, ChatTurnRequest, StoredDialog } from "../core/ports/store.js";
import type { StoreKeys } from "./keys.js";
import { CHOSEN_LANGUAGE_ARGS, CHOSEN_LANGUAGE_LUA } from "./chat-language-store.js";
import { DIALOG_REVISION_LUA, MARK_DONE_LUA } from "./lua-scripts.js";

/*
 * One update's work with the store in two round trips: beginChatTurn (drop a redelivery, lock the chat, load
 * its dialog and language choice) and endChatTurn (save or end the dialog, release the lock). All keys carry the chat's hash tag.
 *
 * An update is marked "begun" (member "~<id>" of the chat's seen set) when its turn takes the chat's lock,
 * and "done" (member "<id>") by its turn's end (endChatTurn, or the store's unlockChat after a failure). A
 * delivery of a done update is dropped. One of a begun update waits while its own turn holds the chat (its
 * first delivery may still be at work; it ends as done, or its lock runs out), and, the chat held by another
 * update's turn, only as any message waits for a busy chat; found begun with the chat free, the
 * first delivery's turn never ended (its process died): it is not run again, since what it did is not known,
 * but told as interrupted (see ChatTurn). The turn's token names its update ("<uuid>:<id>"), so the end
 * marks it done with no more round trips or arguments.
 */

/**
 * KEYS: seen (sorted set of update ids, done or "~" begun, by time), lock, dialog, dialog-open marker,
 * language choice. ARGV: update id ("" = no de-duplication), now ms, oldest time kept, seen ttl ms, newest
 * ids kept (negative rank), lock token, lock ttl ms, language ttl s, refresh the language's ttl when less than
 * this is left (s), "1" to lock only when a dialog is open, the chat's field in the links hash. KEYS[6], the
 * reminder-shown note (taken, whatever the turn, once it may begin: see noteReminderShown). KEYS[7], the
 * password-not-shown note (taken the same way: see notePasswordNotShown). An optional KEYS[8], the links
 * hash (never in a Cluster: it is in another slot).
 * Returns {0} for a redelivery of a done update, {5, language, false} for one of a begun update with the
 * chat free (its turn never ended), {6, language, false} for one with the chat locked by its own turn (that
 * turn may be at work yet), {1} when the lock is held (by another update's turn, for a begun one), {2, language, dialog value}, {3, language, the marker of
 * an expired dialog if it is left}, or {4, language, that marker} when no dialog is open and no lock was
 * asked for then (the update is done at once); then the chat's links (with KEYS[7]; else nil) and, for 2 to
 * 4, the reminder-shown note's day and the password-not-shown note, each when it was there. The update is marked
 * begun when the lock is taken. The language is nil until chosen; an unlinked chat's choice has a ttl,
 * started again here when it has run down by a day (a linked chat's has none).
 */
const beginChatTurn = `${CHOSEN_LANGUAGE_LUA}
local function found(kind, language, value)
  local links = false
  if KEYS[8] then links = redis.call('HGET', KEYS[8], ARGV[11]) end
  local shown = false
  local notShown = false
  if kind < 5 then
    shown = redis.call('GET', KEYS[6])
    if shown then redis.call('DEL', KEYS[6]) end
    notShown = redis.call('GET', KEYS[7])
    if notShown then redis.call('DEL', KEYS[7]) end
  end
  return { kind, language, value, links, shown, notShown }
end
local function mark(member)
  if ARGV[1] == '' then return end
  redis.call('ZADD', KEYS[1], ARGV[2], member)
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, ARGV[5])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end
if ARGV[1] ~= '' then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
  if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return { 0 } end
  if redis.call('ZSCORE', KEYS[1], '~' .. ARGV[1]) then
    local holder = redis.call('GET', KEYS[2])
    -- Locked by another update's turn (a token ends in ':<its update>'): busy as for any message.
    if holder and string.sub(holder, -(#ARGV[1] + 1)) ~= ':' .. ARGV[1] then return { 1 } end
    local kind = 5
    if holder then kind = 6 end
    return found(kind, chosenLanguage(KEYS[5], ARGV[8], ARGV[9]), false)
  end
end
if ARGV[10] == '1' then
  if redis.call('EXISTS', KEYS[2]) == 1 then return { 1 } end
  if redis.call('EXISTS', KEYS[3]) == 0 then
    mark(ARGV[1])
    return found(4, chosenLanguage(KEYS[5], ARGV[8], ARGV[9]), redis.call('GET', KEYS[4]))
  end
end
if not redis.call('SET', KEYS[2], ARGV[6], 'PX', ARGV[7], 'NX') then return { 1 } end
mark('~' .. ARGV[1])
local language = chosenLanguage(KEYS[5], ARGV[8], ARGV[9])
local dialog = redis.call('GET', KEYS[3])
if dialog then return found(2, language, dialog) end
return found(3, language, redis.call('GET', KEYS[4]))
`;

/**
 * KEYS: dialog, dialog-open marker, lock, seen (as beginChatTurn's). ARGV: "save", "end" or "keep"; expected
 * revision ("" = must not exist); json; idle ms; marker ms; "1" to forget the expired-dialog marker; lock
 * token; marker value; without "save", a marker to leave instead ("" = none) and its ms; the update whose turn
 * this is, marked done ("" = none). The save is saveDialog's compare-and-set.
 * Returns 1, or 0 when the save found another revision.
 */
const endChatTurn = `${DIALOG_REVISION_LUA}${MARK_DONE_LUA}
local saved = 1
if ARGV[1] == 'save' then
  local matches, revision = dialogRevision(KEYS[1], ARGV[2])
  if matches then
    redis.call('SET', KEYS[1], (revision + 1) .. ':' .. ARGV[3], 'PX', ARGV[4])
    redis.call('SET', KEYS[2], ARGV[8], 'PX', ARGV[5])
  else
    saved = 0
  end
elseif ARGV[1] == 'end' then
  redis.call('DEL', KEYS[1], KEYS[2])
end
if ARGV[6] == '1' and redis.call('EXISTS', KEYS[1]) == 0 then redis.call('DEL', KEYS[2]) end
if ARGV[1] ~= 'save' and ARGV[9] ~= '' and (ARGV[1] == 'end' or redis.call('EXISTS', KEYS[1]) == 0) then
  redis.call('SET', KEYS[2], ARGV[9], 'PX', ARGV[10])
end
if redis.call('GET', KEYS[3]) == ARGV[7] then redis.call('DEL', KEYS[3]) end
markDone(KEYS[4], ARGV[11])
return saved
`;

type Arg = string | number;
interface ChatTurnScripts {
  storeBeginChatTurn(
    seen: string,
    lock: string,
    dialog: string,
    open: string,
    language: string,
    reminderShown: string,
    passwordNotShown: string,
    ...argv: Arg[]
  ): Promise<unknown[]>;
  storeBeginChatTurnWithLinks(
    seen: string,
    lock: string,
    dialog: string,
    open: string,
    language: string,
    reminderShown: string,
    passwordNotShown: string,
    links: string,
    ...argv: Arg[]
  ): Promise<unknown[]>;
  storeEndChatTurn(dialog: string, open: string, lock: string, seen: string, ...argv: Arg[]): Promise<number>;
}

/** A chat keeps the ids of at most this many recent updates (a flood cannot grow the structure without end). */
const SEEN_IDS_KEPT = 200;
/** Lock polling starts fast (a dialog step takes milliseconds) and backs off so waiters do not hammer Redis. */
const LOCK_FIRST_RETRY_MS = 5;
const LOCK_MAX_RETRY_MS = 100;

/** A links read alongside the turn's script that failed. */
const LINKS_UNREAD = Symbol("links unread");

/** The people of a `{links}:by-chat` field ("id\nid"), in link order; none for a missing field. */
export function parseLinkList(value: string | null): string[] {
  return value === null ? [] : value.split("\n").filter((id) => id !== "");
}

/** The password-not-shown note a turn took ("<time>:<person id>"), as ChatTurn's `passwordNotShown`. */
function parsePasswordNotShown(value: unknown): { passwordNotShown?: { at: number; personId: string } } {
  if (typeof value !== "string") return {};
  const sep = value.indexOf(":");
  const at = Number(value.slice(0, sep));
  if (sep < 1 || !Number.isSafeInteger(at)) return {};
  return { passwordNotShown: { at, personId: value.slice(sep + 1) } };
}

/** A stored dialog value "<revision>:<json>", or null when it is not one. */
export function parseStoredDialog(value: string | null): StoredDialog | null {
  if (value === null) return null;
  const sep = value.indexOf(":");
  const revision = Number(value.slice(0, sep));
  if (sep < 1 || !Number.isSafeInteger(revision) || revision < 1) return null;
  return { revision, json: value.slice(sep + 1) };
}

/** endChatTurn's ARGV that only releases the lock held with `token` (see endChatTurn), marking nothing done. */
function keepOnly(token: string): Arg[] {
  return ["keep", "", "", 0, 0, "0", token, "", "", 0, ""];
}

/** The update a turn's token names (see the top of this file); "" for a turn without one, or a plain lock's. */
export function updateOfToken(token: string): string {
  const sep = token.indexOf(":");
  return sep === -1 ? "" : token.slice(sep + 1);
}

/** The store's beginChatTurn and endChatTurn over a client; `wholeMs` rounds TTLs as the store does. */
export function chatTurnMethods(
  client: Redis | Cluster,
  keys: StoreKeys,
  options: {
    wholeMs: (ms: number) => number;
    dialogNoticeGraceMs: number;
    /** Read a turn's links inside its script; false on a Cluster (the default there), where they are in another slot. */
    linksInScript?: boolean;
  },
) {
  client.defineCommand("storeBeginChatTurn", { numberOfKeys: 7, lua: beginChatTurn });
  client.defineCommand("storeBeginChatTurnWithLinks", { numberOfKeys: 8, lua: beginChatTurn });
  const linksInScript = options.linksInScript ?? !(client instanceof Cluster);
  client.defineCommand("storeEndChatTurn", { numberOfKeys: 4, lua: endChatTurn });
  const redis = client as typeof client & ChatTurnScripts;
  const { wholeMs } = options;

  return {
    async beginChatTurn(chat: ChatRef, turn: ChatTurnRequest): Promise<ChatTurn> {
      const updateId = turn.updateId ?? "";
      const token = `${randomUUID()}:${updateId}`;
      const deadline = Date.now() + turn.waitMs;
      // Its own first delivery holding the chat is waited for longer: see ChatTurnRequest.
      const firstDeliveryDeadline = Date.now() + Math.max(turn.waitMs, turn.firstDeliveryWaitMs ?? 0);
      let delay = LOCK_FIRST_RETRY_MS;
      let waited = false;
      for (;;) {
        const now = Date.now();
        const dedupeMs = wholeMs(turn.dedupeTtlSeconds * 1000);
        const chatKeys = [
          keys.seenUpdates(chat),
          keys.lock(chat),
          keys.dialog(chat),
          keys.dialogOpen(chat),
          keys.chatLanguage(chat),
          keys.reminderShown(chat),
          keys.passwordNotShown(chat),
        ] as const;
        const argv = [
          updateId,
          now,
          now - dedupeMs,
          dedupeMs,
          -(SEEN_IDS_KEPT + 1),
          token,
          wholeMs(turn.lockTtlMs),
          ...CHOSEN_LANGUAGE_ARGS,
          turn.lockOnlyForDialog === true ? "1" : "0",
          chatKey(chat),
        ];
        const readLinks = turn.readLinks === true;
        const script =
          readLinks && linksInScript
            ? redis.storeBeginChatTurnWithLinks(...chatKeys, keys.linksByChat, ...argv)
            : redis.storeBeginChatTurn(...chatKeys, ...argv);
        const [reply, linksAlongside] = await Promise.all([
          script.catch((error: unknown) => {
            // No answer in time (a paused Redis) does not mean the script will not run: once Redis gets to it,
            // it locks the chat for nobody. An unlock with the same token, queued behind it on the same
            // connection, undoes that (and does nothing if the script never ran).
            void redis
              .storeEndChatTurn(
                keys.dialog(chat),
                keys.dialogOpen(chat),
                keys.lock(chat),
                keys.seenUpdates(chat),
                ...keepOnly(token),
              )
              .catch(() => undefined);
            throw error;
          }),
          // A failed read must not fail the turn, whose script may have locked the chat: the links are then
          // left out, and read by whoever needs them.
          readLinks && !linksInScript
            ? redis.hget(keys.linksByChat, chatKey(chat)).catch(() => LINKS_UNREAD)
            : undefined,
        ]);
        const [kind, language, value, linksInReply, shown, notShown] = reply as [
          number,
          unknown,
          string | number,
          unknown,
          unknown,
          unknown,
        ];
        if (kind === 0) return { duplicate: true };
        // Lua's nil-in-a-table comes back as null from Redis, as false from ioredis-mock.
        const linksRead = linksInScript ? linksInReply : linksAlongside;
        const links =
          readLinks && linksRead !== LINKS_UNREAD
            ? { links: parseLinkList(typeof linksRead === "string" ? linksRead : null) }
            : {};
        const interrupted = {
          duplicate: true as const,
          interrupted: true as const,
          language: typeof language === "string" ? language : null,
          ...links,
        };
        if (kind === 5) return interrupted;
        const loaded = {
          duplicate: false as const,
          token,
          language: typeof language === "string" ? language : null,
          waited,
          ...links,
          ...(typeof shown === "string" ? { reminderShownDay: Number(shown) } : {}),
          ...parsePasswordNotShown(notShown),
        };
        if (kind === 2) return { ...loaded, dialog: parseStoredDialog(String(value)), expiredDialog: null };
        if (kind === 3 || kind === 4) {
          const expiredDialog = typeof value === "string" ? value : null;
          if (kind === 3) return { ...loaded, dialog: null, expiredDialog };
          return { ...loaded, token: null, lockFree: true, dialog: null, expiredDialog };
        }
        // The lock is held. The retries check the update again: a delivery of it that took the lock meanwhile
        // may have ended, done, or died.
        waited = true;
        // Its own first delivery holding the chat is most likely at work (a slow directory; it keeps its lock
        // while it works), its answer still to come: told as interrupted now, the child would hear both. Died,
        // its lock runs out within lockTtlMs, and the chat found free tells it. Still held after the whole
        // wait: not run (it may be at work yet), but told as interrupted rather than as busy.
        const left = (kind === 6 ? firstDeliveryDeadline : deadline) - Date.now();
        if (left <= 0 && kind === 6) return interrupted;
        if (left <= 0) {
          return {
            duplicate: false,
            token: null,
            dialog: null,
            expiredDialog: null,
            language: null,
            waited: true,
          };
        }
        await sleep(Math.min(delay, left));
        delay = Math.min(delay * 2, LOCK_MAX_RETRY_MS);
      }
    },

    async noteReminderShown(chat: ChatRef, day: number, ttlMs: number): Promise<void> {
      await client.set(keys.reminderShown(chat), String(day), "PX", wholeMs(ttlMs));
    },

    async notePasswordNotShown(chat: ChatRef, personId: string, at: number, ttlMs: number): Promise<void> {
      await client.set(keys.passwordNotShown(chat), `${at}:${personId}`, "PX", wholeMs(ttlMs));
    },

    async endChatTurn(chat: ChatRef, token: string, end: ChatTurnEnd): Promise<boolean> {
      const idleMs = wholeMs((end.save?.idleSeconds ?? 0) * 1000);
      const expected = end.save?.expectedRevision;
      const saved = await redis.storeEndChatTurn(
        keys.dialog(chat),
        keys.dialogOpen(chat),
        keys.lock(chat),
        keys.seenUpdates(chat),
        end.save !== undefined ? "save" : end.end === true ? "end" : "keep",
        expected === undefined || expected === null ? "" : String(expected),
        end.save?.json ?? "",
        idleMs,
        idleMs + options.dialogNoticeGraceMs,
        end.forgetExpiredNotice === true ? "1" : "0",
        token,
        end.save?.marker ?? "1",
        end.save === undefined && end.endMarker !== undefined ? end.endMarker.value : "",
        wholeMs(end.endMarker?.ms ?? 0),
        updateOfToken(token),
      );
      return saved === 1;
    },
  };
}
