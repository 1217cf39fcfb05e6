import type { CoreSettings } from "../config/core-settings.js";
import type { Logger } from "../logging/create-logger.js";
import type { LogThrottle } from "../logging/log-throttle.js";
import type { AnswerHasher } from "./answers/answer-hasher.js";
import type { KeyedDigest } from "./answers/keyed-digest.js";
import type { ChatNotifier } from "./messages.js";
import type { Alerts } from "./ports/alerts.js";
import type { Limits } from "./limits/limits.js";
import type { Directory } from "./ports/directory.js";
import type { ClassLists } from "./flows/staff/own-class-lists.js";
import type { SchoolIdShapes } from "./flows/school-id-shapes.js";
import type { CoreMetrics } from "./ports/metrics.js";
import type { Store } from "./ports/store.js";
import type { Question } from "./questions/question-list.js";
import type { RecentStudents } from "./recent-students.js";

/** Everything the dialogs need from outside. main.ts builds it; tests build it with real fakes. */
export interface CoreDeps {
  directory: Directory;
  /** Class lists kept a few minutes for a form teacher's refusals (see own-class-lists.ts): createClassLists. */
  classLists: ClassLists;
  /** The shapes of the school's user IDs, kept a few minutes (see school-id-shapes.ts): createSchoolIdShapes. */
  idShapes: SchoolIdShapes;
  /**
   * The whole store, not its roles (Links, Enrolments, Dialogs, ...): the flows between them use nearly
   * every role, so one field reads better than nine that are always the same object. Code outside the
   * flows takes the role it uses (see core/ports).
   */
  store: Store;
  alerts: Alerts;
  /** Every limit of the security model: counting, blocks, their audit and alerts. */
  limits: Limits;
  notifier: ChatNotifier;
  hasher: AnswerHasher;
  digest: KeyedDigest;
  questions: Question[];
  settings: CoreSettings;
  logger: Logger;
  /** Errors every request meets while they last are logged once per interval (see LogThrottle). */
  logThrottle: LogThrottle;
  /** Students the directory named in the last minute, for a linked chat's lookups of its people. */
  recentStudents: RecentStudents;
  /** Milliseconds since the epoch; tests move it. */
  clock: () => number;
  /** Dialogs started and finished, for GET /metrics; absent in tests and tools. */
  metrics?: CoreMetrics;
}
