import { audit } from "../../audit.js";
import { chatKey, parseChatKey, type ChatRef } from "../../chat.js";
import type { Person } from "../../ports/directory.js";
import { end, say, type FlowContext, type Transition } from "../flow.js";
import { typedText } from "../typed-id.js";

/** Longer than any chat key ("telegram:" and a chat id, "slack:" and a user id). */
const MAX_CHAT_KEY_LENGTH = 128;

/**
 * What follows the platform in every chat's key: Telegram's chat numbers, Slack's user IDs (U0123ABC), the
 * terminal's "local". A teacher's refused `/unlock` files the key as typed, in the school-wide audit, its
 * export and an admin's /audit: anything else there (a `;=` a spreadsheet runs as a formula, a line
 * separator that Telegram shows as a new line) is no chat.
 */
const CHAT_ID = /^[A-Za-z0-9_-]+$/;

/**
 * A chat typed as its key ("telegram:201", as alerts and /audit name chats), or null. No user id has a
 * colon (the audit never files one as a person), so a typed key is never a student's id.
 */
export function typedChat(text: string): ChatRef | null {
  const typed = typedText(text);
  const chat = typed.length > MAX_CHAT_KEY_LENGTH ? null : parseChatKey(typed);
  // "telegram:" names no chat, nor does "telegram:1;=…": taken as a mistyped id, asked again.
  return chat === null || !CHAT_ID.test(chat.chatUserId) ? null : chat;
}

/**
 * `/unlock telegram:201`: lifts a chat's pauses (its answer checks, its failed tries, its ID look-ups) and forgets what it
 * counted. Only an admin, and never from the chat itself: the pauses bound guessing from one device, so a
 * device (a stolen phone) cannot lift its own. Audited with the admin as the actor, refusals too.
 */
export async function unlockChat(ctx: FlowContext, actor: Person, chat: ChatRef): Promise<Transition> {
  const key = chatKey(chat);
  if (actor.role !== "admin") {
    await audit(ctx, "staff-refused", key, "refused", "unlock", actor.id);
    return end(say("unlock.chatOnlyAdmins"));
  }
  if (key === chatKey(ctx.chat)) {
    await audit(ctx, "staff-refused", key, "refused", "unlock of the chat in use", actor.id);
    // Not paused: nothing another admin could lift either, so she is not sent to one.
    const paused = await ctx.deps.limits.chatBlockedUntil(ctx);
    return end(say(paused === null ? "unlock.chatOwnNotPaused" : "unlock.chatOwn", { chat: key }));
  }
  const [checks, failures, lookups] = await Promise.all([
    ctx.deps.limits.clear("answer-checks", key, ctx.now),
    ctx.deps.limits.clear("chat", key, ctx.now),
    ctx.deps.limits.clear("id-lookups", key, ctx.now),
  ]);
  const lifted = checks.blocked || failures.blocked || lookups.blocked;
  const counted = [checks, failures, lookups].some((cleared) => cleared.failures > 0);
  // "chat not paused" is the note of counts cleared short of a pause (its words say so).
  const liftNote = lifted ? "chat pause lifted" : counted ? "chat not paused" : "chat nothing to lift";
  // As a student's unlock: only a lifted pause is done ("ok"); counts short of one, or nothing, are noted
  // ("info"), as an attempt an admin can repeat at will.
  await audit(ctx, "unlock", key, lifted ? "ok" : "info", liftNote, actor.id);
  if (lifted) return end(say("unlock.chatDone", { chat: key }));
  // Counts short of a pause were cleared: the key named a real chat, so "check its name" would mislead.
  return end(say(counted ? "unlock.chatCountsCleared" : "unlock.chatNotPaused", { chat: key }));
}
