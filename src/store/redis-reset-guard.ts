import { randomUUID } from "node:crypto";
import type { ResetGuard } from "../core/ports/reset-guard.js";
import { chatKey } from "../core/chat.js";
import { parseLinkList } from "./chat-turns.js";
import { normalisePersonId, type StoreKeys } from "./keys.js";
import type { ScriptedClient } from "./scripted-client.js";
import { enrolmentFieldValues } from "./enrolment-record.js";
import { nameQuestions } from "./question-history-store.js";

type Run = <T>(operation: () => Promise<T>) => Promise<T>;

/** ResetGuard on Redis: every key a script compares sits under the person's hash tag. */
export function createRedisResetGuard(redis: ScriptedClient, keys: StoreKeys, run: Run): ResetGuard {
  return {
    personVersion: (personId) =>
      run(async () => {
        const value = await redis.hget(keys.version(personId), "v");
        const version = value === null ? 0 : Number(value);
        return Number.isSafeInteger(version) ? version : 0;
      }),

    reserveReset: (personId, request) =>
      run(async () => {
        const token = randomUUID();
        const student = request.student;
        const reply = await redis.guardReserve(
          keys.version(personId),
          keys.resetReservation(personId),
          keys.limit("student", personId).block,
          keys.resetSuccesses(personId),
          request.expectedVersion,
          token,
          Math.max(1, Math.round(request.ttlMs)),
          student === undefined ? "0" : "1",
          request.now,
          student === undefined ? 0 : request.now - student.windowMs,
          student?.maxResets ?? 0,
        );
        if (reply === "ok") return { ok: true as const, token };
        const reason = reply === "suspended" || reply === "capped" || reply === "busy" ? reply : "changed";
        return { ok: false as const, reason };
      }),

    commitReset: (personId, token, commit) =>
      run(async () => {
        const windowMs = commit.countForCapMs;
        await redis.guardCommit(
          keys.version(personId),
          keys.resetReservation(personId),
          keys.resetSuccesses(personId),
          token,
          commit.now,
          `${commit.now}:${randomUUID()}`,
          windowMs === null ? 0 : commit.now - windowMs,
          windowMs === null ? "" : Math.max(1, Math.round(windowMs)),
        );
      }),

    releaseReset: (personId, token) =>
      run(async () => {
        await redis.storeUnlockChat(keys.resetReservation(personId), token);
      }),

    saveEnrolmentIfUnchanged: (personId, enrolment, expectedVersion, linkedTo) =>
      run(async () => {
        // The link is read side by side with the names (another slot each, one write): the names are
        // recorded before any save, and one whose link is gone leaves at most an id the student picked.
        const [links] = await Promise.all([
          linkedTo === undefined ? null : redis.hget(keys.linksByChat, chatKey(linkedTo)),
          nameQuestions(redis, keys, enrolment.questionIds),
        ]);
        if (linkedTo !== undefined && !parseLinkList(links).includes(normalisePersonId(personId)))
          return false;
        return (
          (await redis.guardSaveEnrolment(
            keys.enrolment(personId),
            keys.enrolmentBefore(personId),
            String(expectedVersion),
            ...enrolmentFieldValues(enrolment),
          )) === 1
        );
      }),

    clearEnrolmentIfUnchanged: (personId, expectedVersion) =>
      run(async () => {
        const reply = await redis.guardClearEnrolment(
          keys.enrolment(personId),
          keys.enrolmentBefore(personId),
          String(expectedVersion),
        );
        return reply === 1 ? "cleared" : reply === 0 ? "none" : "changed";
      }),
  };
}
