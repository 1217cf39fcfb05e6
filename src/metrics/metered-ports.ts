import type { AnswerHasher } from "../core/answers/answer-hasher.js";
import { GUIDED_RESET_MEANWHILE } from "../core/flows/overtaken-by-guided.js";
import type { DialogEngine } from "../core/dialog-engine.js";
import {
  DirectorySizeLimitError,
  DirectoryUnavailableError,
  PasswordRejectedError,
  StoreUnavailableError,
} from "../core/errors.js";
import type { Directory } from "../core/ports/directory.js";
import type { AuditEvent } from "../core/ports/audit-log.js";
import type { Store } from "../core/ports/store.js";
import type { BotMetrics } from "./bot-metrics.js";

/** The directory calls that are counted; `close` is not an operation anyone graphs. */
const DIRECTORY_OPERATIONS = [
  "authenticate",
  "findPerson",
  "findAccount",
  "accountPresence",
  "accountPresences",
  "idSpellings",
  "sharesEmail",
  "setPassword",
  "unlock",
  "lockedOut",
  "listStudents",
  "listClasses",
  "forEachId",
] as const;

function directoryOutcome(error: unknown): string {
  if (error instanceof DirectorySizeLimitError) return "size-limit";
  if (error instanceof DirectoryUnavailableError) return "unavailable";
  if (error instanceof PasswordRejectedError) return "rejected";
  return "error";
}

export interface DirectoryWatchers {
  /** Told of every call that failed because the directory did not answer (the directory's health check). */
  onUnavailable?: () => void;
}

/** The same directory, with every operation counted and timed by kind and outcome. */
export function meteredDirectory(
  directory: Directory,
  metrics: BotMetrics,
  watchers: DirectoryWatchers = {},
): Directory {
  const metered: Directory = Object.create(directory) as Directory;
  for (const operation of DIRECTORY_OPERATIONS) {
    const original = directory[operation].bind(directory) as (...args: unknown[]) => Promise<unknown>;
    Object.defineProperty(metered, operation, {
      value: async (...args: unknown[]) => {
        const stop = metrics.directorySeconds.startTimer({ operation });
        try {
          const result = await original(...args);
          metrics.directoryOperations.inc({ operation, outcome: "ok" });
          return result;
        } catch (error) {
          const outcome = directoryOutcome(error);
          metrics.directoryOperations.inc({ operation, outcome });
          if (outcome === "unavailable") watchers.onUnavailable?.();
          throw error;
        } finally {
          stop();
        }
      },
    });
  }
  return metered;
}

/** Which counter an audit event moves, if any: resets, guided resets and set-ups by outcome. */
function countAudit(event: AuditEvent, metrics: BotMetrics): void {
  switch (event.event) {
    case "reset":
      // A /reset refused while the student is suspended checked no answer: counted with the suspensions,
      // as one refused at the cap is with "capped".
      metrics.resets.inc({
        outcome: event.outcome === "ok" ? "ok" : event.outcome === "refused" ? "suspended" : "failed",
      });
      return;
    case "reset-suspended":
      metrics.resets.inc({ outcome: "suspended" });
      return;
    case "reset-capped":
      metrics.resets.inc({ outcome: "capped" });
      return;
    case "reset-interrupted":
      // A teacher's guided reset gave the student a new password while her own reset was under way: no
      // failure, and no reset of hers either.
      if (event.reason === GUIDED_RESET_MEANWHILE) metrics.resets.inc({ outcome: "overtaken" });
      return;
    case "password-set":
      // The directory refused the new password (policy), or could not be reached to set it.
      metrics.resets.inc({ outcome: event.outcome === "refused" ? "refused" : "failed" });
      return;
    case "guided-reset":
      metrics.guidedResets.inc({ outcome: event.outcome === "info" ? "ok" : event.outcome });
      return;
    case "enrol":
      metrics.setups.inc({ outcome: "ok" });
      return;
    case "link":
      if (event.outcome === "failed") metrics.setups.inc({ outcome: "failed" });
      return;
  }
}

export interface StoreWatchers {
  /** Told the kind of every delayed job scheduled or looked for. */
  onJobKind?: (kind: string) => void;
  /** Told of every call that failed because Redis did not answer (the store's health check). */
  onUnavailable?: () => void;
}

/**
 * The same store, with Redis failures counted, audit appends turned into the reset and set-up counters,
 * and delayed jobs counted by kind. Every call is passed through unchanged.
 */
export function meteredStore(store: Store, metrics: BotMetrics, watchers: StoreWatchers = {}): Store {
  const { onJobKind, onUnavailable } = watchers;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        if (property === "appendAudit") countAudit(args[0] as AuditEvent, metrics);
        if (property === "scheduleJob") {
          metrics.delayedJobsScheduled.inc({ kind: String(args[0]) });
          onJobKind?.(String(args[0]));
        }
        const result = method.apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          (ok: unknown) => {
            if ((property === "claimDueJobs" || property === "claimGroupJobs") && Array.isArray(ok)) {
              onJobKind?.(String(args[0]));
              if (ok.length > 0) metrics.delayedJobsClaimed.inc({ kind: String(args[0]) }, ok.length);
            }
            return ok;
          },
          (error: unknown) => {
            if (error instanceof StoreUnavailableError) {
              metrics.redisErrors.inc();
              onUnavailable?.();
            }
            throw error;
          },
        );
      };
    },
  });
}

/**
 * Times the hasher's argon2 work and counts what is in flight, on this instance only. `verifyDummy` goes
 * through `verify`, so it is counted once. The hasher's own file is left alone.
 */
export function meterHasher(hasher: AnswerHasher, metrics: BotMetrics): AnswerHasher {
  const timed =
    <A extends unknown[], R>(operation: string, work: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      metrics.argon2InFlight.inc();
      const stop = metrics.argon2Seconds.startTimer({ operation });
      try {
        return await work(...args);
      } finally {
        stop();
        metrics.argon2InFlight.dec();
      }
    };
  const hash = hasher.hash.bind(hasher);
  const verify = hasher.verify.bind(hasher);
  Object.assign(hasher, { hash: timed("hash", hash), verify: timed("verify", verify) });
  return hasher;
}

/** Times every step the core takes, by channel (the channels all call `engine.handle`). */
export function meterEngine(engine: DialogEngine, metrics: BotMetrics): DialogEngine {
  const handle = engine.handle.bind(engine);
  engine.handle = async (inbound) => {
    const stop = metrics.stepSeconds.startTimer({ channel: inbound.channel });
    try {
      return await handle(inbound);
    } finally {
      stop();
    }
  };
  return engine;
}
