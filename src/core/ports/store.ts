import type { AuditLog } from "./audit-log.js";
import type { ChatLanguages } from "./chat-languages.js";
import type { Dedupe } from "./dedupe.js";
import type { Dialogs } from "./dialogs.js";
import type { Enrolments } from "./enrolments.js";
import type { Jobs } from "./jobs.js";
import type { LimitCounters } from "./limit-counters.js";
import type { Links } from "./links.js";
import type { LiveGuidedCodes } from "./live-guided-codes.js";
import type { PendingDeletions } from "./pending-deletions.js";
import type { QuestionHistory } from "./question-history.js";
import type { ResetGuard } from "./reset-guard.js";
import type { ResetHistory } from "./reset-history.js";
import type { SharedChats } from "./shared-chats.js";
import type { SprayCounts } from "./spray.js";
import type { StaffProofs } from "./staff-proofs.js";
import type { StoreCheck } from "./store-check.js";
import type { WindowCounts } from "./window-counts.js";

export type { AnswerHash, Enrolment } from "./enrolments.js";
export type { ChatTurn, ChatTurnEnd, ChatTurnRequest, StoredDialog } from "./dialogs.js";
export type {
  AttemptActorCount,
  AttemptCount,
  AuditAppend,
  AuditAppendResult,
  AuditEvent,
  AuditTrail,
  EventsBy,
  UnlistedDay,
} from "./audit-log.js";

/**
 * Everything the bot remembers: the intersection of the role-sized ports beside this file. One
 * implementation (Redis, see src/store); the embedded default runs it over ioredis-mock. All times are
 * milliseconds since the epoch and come from the caller's clock, so tests can move time. Methods throw
 * StoreUnavailableError when the store cannot be reached.
 *
 * Only what builds or implements the store, and CoreDeps (the flows use most roles), should name `Store`;
 * everything else takes the role it uses (Links, Jobs, AuditLog, ...), so its needs are visible.
 */
export interface Store
  extends
    Dedupe,
    WindowCounts,
    Dialogs,
    Links,
    ChatLanguages,
    SharedChats,
    StaffProofs,
    LiveGuidedCodes,
    Enrolments,
    ResetGuard,
    ResetHistory,
    LimitCounters,
    SprayCounts,
    Jobs,
    PendingDeletions,
    AuditLog,
    QuestionHistory,
    StoreCheck {
  close(): Promise<void>;
}
