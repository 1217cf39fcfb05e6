import { z } from "zod";
import { en } from "../core/i18n/en.js";
import { isLanguage, SUPPORTED_LANGUAGES, type Language } from "../core/i18n/languages.js";
import { choice, commaList, flag, integer, optionalInteger, optionalString } from "./env-types.js";
import { passwordMinLength } from "./password-min-length.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** RESET_MAX_FAILURES_PER_DAY when unset (and RESET_MAX_FAILURES is not more). */
const DEFAULT_RESET_FAILURES_PER_DAY = 10;
/** A reset's reservation, at least (the memory directory answers at once; LDAP's default steps take 5 s). */
export const MIN_RESERVATION_MS = 2 * MINUTE;

/** What the school configures about the product itself: names, questions, the security model's numbers. */
export const coreSettings = z
  .object({
    ACCOUNT_NAME: optionalString,
    LOGIN_HINT: optionalString,
    QUESTIONS_FILE: optionalString,
    LANGUAGES: commaList.superRefine((codes, ctx) => {
      for (const code of codes.map((c) => c.toLowerCase())) {
        if (!isLanguage(code))
          ctx.addIssue({
            code: "custom",
            message: `"${code}" is not a language the bot speaks; use ${LANGUAGE_CHOICES}`,
          });
      }
    }),
    DEFAULT_LANGUAGE: optionalString,
    ANSWER_PEPPER: optionalString.refine((v) => v === undefined || Buffer.byteLength(v, "utf8") >= 32, {
      message: "must be at least 32 bytes; make one with: openssl rand -base64 48",
    }),
    RESET_REQUIRES_LINKED_CHAT: flag(true),
    RESET_MAX_FAILURES: integer(5, 1, 100),
    RESET_FAILURE_WINDOW_MINUTES: integer(60, 1, 7 * 24 * 60),
    RESET_SUSPEND_HOURS: integer(24, 1, 24 * 365),
    // Unset: DEFAULT_RESET_FAILURES_PER_DAY, or RESET_MAX_FAILURES when that is more (see the transform).
    RESET_MAX_FAILURES_PER_DAY: optionalInteger(0, 1000),
    RESET_MAX_SUCCESSES: integer(3, 1, 100),
    RESET_SUCCESS_WINDOW_DAYS: integer(30, 1, 365),
    CHAT_MAX_FAILURES: integer(10, 1, 1000),
    CHAT_MAX_STUDENTS: integer(5, 1, 1000),
    CHAT_MAX_LINKED_STUDENTS: integer(4, 1, 20),
    CHAT_FAILURE_WINDOW_MINUTES: integer(60, 1, 7 * 24 * 60),
    CHAT_THROTTLE_MINUTES: integer(60, 1, 7 * 24 * 60),
    LINK_MAX_FAILURES: integer(3, 1, 100),
    LINK_FAILURE_WINDOW_MINUTES: integer(60, 1, 7 * 24 * 60),
    CHAT_MAX_ANSWER_CHECKS: integer(30, 3, 10_000),
    SCHOOL_MAX_ANSWER_CHECKS_PER_MINUTE: integer(600, 3, 1_000_000),
    SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE: integer(600, 3, 1_000_000),
    CHAT_MAX_ID_LOOKUPS_PER_MINUTE: integer(5, 1, 60),
    SETUP_SPRAY_MIN_IDS: integer(10, 2, 100_000),
    SETUP_SPRAY_MIN_SHARE_PERCENT: integer(50, 1, 100),
    SETUP_SPRAY_WINDOW_HOURS: integer(24, 1, 7 * 24),
    RESET_SPRAY_MIN_IDS: integer(10, 2, 100_000),
    RESET_SPRAY_MIN_SHARE_PERCENT: integer(50, 1, 100),
    RESET_SPRAY_WINDOW_HOURS: integer(24, 1, 7 * 24),
    GUIDED_MAX_CODES_PER_HOUR: integer(3, 1, 100),
    PASSWORD_MIN_LENGTH: passwordMinLength,
    GENERATED_PASSWORD_DELETE_SECONDS: integer(300, 30, 48 * 3600),
    DIALOG_IDLE_MINUTES: integer(15, 1, 24 * 60),
    DIALOG_MAX_MINUTES: integer(30, 1, 24 * 60),
    PRACTICE_REMINDER_DAYS: integer(120, 0, 3650),
    PRACTICE_REMINDER_HOUR_UTC: integer(8, 0, 23),
    STAFF_PASSWORD_AGAIN_MINUTES: integer(15, 0, 24 * 60),
    AUDIT_EXPORT_MAX_EVENTS: integer(50_000, 100, 1_000_000),
    LOG_LEVEL: choice(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
  })
  // A block shorter than the window its failures count in ends while the window is still full: the chat or
  // student is let in, only to be refused (or blocked again) at the next try, and a patient guesser gets one
  // try per block instead of the limit's number per window. So every block lasts at least its window.
  // These checks run even when another setting is wrong (`when`), so one message lists every problem; a pair
  // with a wrong value of its own (not a number here) is not compared.
  .superRefine(
    (env, ctx) => {
      const atLeast = (variable: string, value: unknown, other: string, otherValue: unknown, why: string) => {
        if (typeof value !== "number" || typeof otherValue !== "number") return;
        const scale = variable === "RESET_SUSPEND_HOURS" ? 60 : 1;
        if (value * scale >= otherValue) return;
        ctx.addIssue({
          code: "custom",
          path: [variable],
          message: `(${value}) must be at least ${other} (${otherValue}): ${why}`,
        });
      };
      atLeast(
        "CHAT_THROTTLE_MINUTES",
        env.CHAT_THROTTLE_MINUTES,
        "CHAT_FAILURE_WINDOW_MINUTES",
        env.CHAT_FAILURE_WINDOW_MINUTES,
        "a chat's pause must outlast the window its failed tries and answer checks are counted in, or the pause ends while the chat is still over its limit",
      );
      atLeast(
        "RESET_SUSPEND_HOURS",
        env.RESET_SUSPEND_HOURS,
        "RESET_FAILURE_WINDOW_MINUTES",
        env.RESET_FAILURE_WINDOW_MINUTES,
        "a suspension must outlast the window failed resets are counted in (in hours, at least the window's minutes / 60, rounded up)",
      );
      const perDay = env.RESET_MAX_FAILURES_PER_DAY;
      if (typeof perDay === "number" && perDay !== 0) {
        atLeast(
          "RESET_MAX_FAILURES_PER_DAY",
          perDay,
          "RESET_MAX_FAILURES",
          env.RESET_MAX_FAILURES,
          "a day's limit below the window's is reached first, within the window too (0 turns the day's limit off)",
        );
      }
      atLeast(
        "DIALOG_MAX_MINUTES",
        env.DIALOG_MAX_MINUTES,
        "DIALOG_IDLE_MINUTES",
        env.DIALOG_IDLE_MINUTES,
        "a conversation's whole lifetime cannot be shorter than its idle limit",
      );
      if (Array.isArray(env.LANGUAGES)) {
        const languages = offeredLanguages(env.LANGUAGES);
        if (chooseDefaultLanguage(env.DEFAULT_LANGUAGE, languages) === null) {
          ctx.addIssue({
            code: "custom",
            path: ["DEFAULT_LANGUAGE"],
            message: `"${env.DEFAULT_LANGUAGE}" must be one of LANGUAGES (${languages.join(",")})`,
          });
        }
      }
    },
    { when: () => true },
  )
  .transform((env) => {
    const languages = offeredLanguages(env.LANGUAGES);
    // Checked above: set and not offered is refused there.
    const defaultLanguage = chooseDefaultLanguage(env.DEFAULT_LANGUAGE, languages) as Language;
    return {
      // The catalogues' own words when unset (see translate.ts), so each language says it its own way.
      accountName: env.ACCOUNT_NAME ?? en["account.default"],
      loginHint: env.LOGIN_HINT ?? en["setup.loginHint"],
      questionsFile: env.QUESTIONS_FILE,
      languages,
      defaultLanguage,
      answerPepper: env.ANSWER_PEPPER,
      logLevel: env.LOG_LEVEL,
      reset: {
        requiresLinkedChat: env.RESET_REQUIRES_LINKED_CHAT,
        /** People one chat may be linked to: siblings on a family phone. */
        maxLinkedPerChat: env.CHAT_MAX_LINKED_STUDENTS,
        studentFailures: {
          maxFailures: env.RESET_MAX_FAILURES,
          windowMs: env.RESET_FAILURE_WINDOW_MINUTES * MINUTE,
          blockMs: env.RESET_SUSPEND_HOURS * HOUR,
        },
        /**
         * Failed resets of one student within 24 hours that suspend her self-service reset too (for the same
         * time), so that a guesser who stays under the window's limit (4 an hour) cannot go on for ever. 0: none.
         */
        studentFailuresPerDay:
          env.RESET_MAX_FAILURES_PER_DAY ?? Math.max(DEFAULT_RESET_FAILURES_PER_DAY, env.RESET_MAX_FAILURES),
        chatFailures: {
          maxFailures: env.CHAT_MAX_FAILURES,
          maxSubjects: env.CHAT_MAX_STUDENTS,
          windowMs: env.CHAT_FAILURE_WINDOW_MINUTES * MINUTE,
          blockMs: env.CHAT_THROTTLE_MINUTES * MINUTE,
        },
        linkFailures: {
          maxFailures: env.LINK_MAX_FAILURES,
          windowMs: env.LINK_FAILURE_WINDOW_MINUTES * MINUTE,
        },
        answerChecks: {
          perChat: env.CHAT_MAX_ANSWER_CHECKS,
          perChatWindowMs: env.CHAT_FAILURE_WINDOW_MINUTES * MINUTE,
          perChatBlockMs: env.CHAT_THROTTLE_MINUTES * MINUTE,
          schoolPerMinute: env.SCHOOL_MAX_ANSWER_CHECKS_PER_MINUTE,
        },
        /** User IDs the directory may be asked about per minute from all chats together (see id-lookup.ts). */
        schoolIdLookupsPerMinute: env.SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE,
        /**
         * User IDs one chat may have looked up within a minute, of its 60 an hour: so that the school's minute
         * takes many chat accounts to fill, not ten.
         */
        chatIdLookupsPerMinute: env.CHAT_MAX_ID_LOOKUPS_PER_MINUTE,
        /**
         * When wrong set-up passwords look like a spray (see core/limits/spray.ts): IDs with a wrong
         * password that did not link within LINK_FAILURE_WINDOW_MINUTES (`settleMs`), at least `minIds` of
         * them and `minSharePercent` of all IDs with a wrong password in the window. Again in a window only
         * once the IDs not linked have doubled.
         */
        setupSpray: {
          minIds: env.SETUP_SPRAY_MIN_IDS,
          minSharePercent: env.SETUP_SPRAY_MIN_SHARE_PERCENT,
          windowMs: env.SETUP_SPRAY_WINDOW_HOURS * HOUR,
          settleMs: env.LINK_FAILURE_WINDOW_MINUTES * MINUTE,
        },
        /**
         * The same for wrong reset answers (from any chat): students who did not then answer right within
         * RESET_FAILURE_WINDOW_MINUTES. Its own numbers: how often a child gives up after forgetting her
         * answers is the school's own, and need not be set-up's.
         */
        resetSpray: {
          minIds: env.RESET_SPRAY_MIN_IDS,
          minSharePercent: env.RESET_SPRAY_MIN_SHARE_PERCENT,
          windowMs: env.RESET_SPRAY_WINDOW_HOURS * HOUR,
          settleMs: env.RESET_FAILURE_WINDOW_MINUTES * MINUTE,
        },
        /** Guided resets' one-time codes one student's chat may be sent within an hour, by all staff together. */
        guidedCodesPerHour: env.GUIDED_MAX_CODES_PER_HOUR,
        maxSuccesses: env.RESET_MAX_SUCCESSES,
        successWindowMs: env.RESET_SUCCESS_WINDOW_DAYS * DAY,
        /**
         * How long a reset holds its reservation while the directory sets the password (see ResetGuard).
         * It must outlast the slowest directory call, or another reset could start meanwhile: loadConfig
         * makes it longer when the LDAP settings allow slower calls.
         */
        reservationMs: MIN_RESERVATION_MS,
      },
      password: {
        minLength: env.PASSWORD_MIN_LENGTH,
        maxLength: 128,
        generatedDeleteAfterSeconds: env.GENERATED_PASSWORD_DELETE_SECONDS,
      },
      dialogIdleSeconds: env.DIALOG_IDLE_MINUTES * 60,
      dialogMaxMs: env.DIALOG_MAX_MINUTES * MINUTE,
      /** Days between reminders to check the answers (about a term); 0: none. */
      practiceReminderDays: env.PRACTICE_REMINDER_DAYS,
      /** The hour of the day (UTC) from which that day's reminders go out, so none wakes a child at night. */
      practiceReminderHourUtc: env.PRACTICE_REMINDER_HOUR_UTC,
      /**
       * How long a staff member's password, typed in a chat linked only to staff, holds there: after it a
       * staff command asks for it again (a pupil may pick up the teacher's unlocked phone). 0: never asked.
       */
      staffPasswordAgainMs: env.STAFF_PASSWORD_AGAIN_MINUTES * MINUTE,
      /** The most events an admin's /export file holds (the newest); a larger export is `npm run audit`'s. */
      exportMaxEvents: env.AUDIT_EXPORT_MAX_EVENTS,
    };
  });

const LANGUAGE_CHOICES = SUPPORTED_LANGUAGES.join(", ");

function offeredLanguages(codes: string[]): Language[] {
  const languages = codes.map((c) => c.toLowerCase()).filter(isLanguage);
  return languages.length > 0 ? [...new Set(languages)] : [...SUPPORTED_LANGUAGES];
}

/** DEFAULT_LANGUAGE, or en, or the first offered; null when it is set but not offered. */
function chooseDefaultLanguage(code: string | undefined, offered: Language[]): Language | null {
  if (code === undefined) return offered.includes("en") ? "en" : (offered[0] as Language);
  const wanted = code.toLowerCase();
  return isLanguage(wanted) && offered.includes(wanted) ? wanted : null;
}

export type CoreSettings = z.output<typeof coreSettings>;
