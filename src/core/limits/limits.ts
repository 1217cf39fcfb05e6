import { audit } from "../audit.js";
import { chatKey } from "../chat.js";
import { afterTheReply, type FlowContext } from "../flows/flow.js";
import { isMadeUpSubject } from "../flows/subject.js";
import type { Alerts, ThrottleReason } from "../ports/alerts.js";
import type { ClearedFailures, CountedFailure, LimitCounters, LimitKind } from "../ports/limit-counters.js";
import type { LimitRules } from "./limit-rules.js";
import { linkHolder } from "./link-holder.js";

/** How many of the students a spree tried its alert names (the alert is one line in a chat). */
const SPREE_IDS_NAMED = 10;
/**
 * Why an answer check was not done: this chat used its budget, or is paused for its failed tries, or the whole
 * school is over its rate.
 */
export type AnswerCheckRefusal =
  { refused: "chat"; until: number } | { refused: "tries"; until: number } | { refused: "school" };

/**
 * An answer check paid for: it may go ahead. `chatPausedUntil`: it was the chat's last one within the window,
 * so the chat is paused until then and no further check of this dialog could be paid for.
 */
export interface AnswerCheckPaid {
  refused: null;
  chatPausedUntil: number | null;
}

/**
 * What is blocked after a failed reset, for telling it at once: the student's self-service reset (if this
 * check was really theirs), and this chat's resets and set-ups (its failures, or its answer checks).
 */
export interface BlocksAfterFailure {
  student: number | null;
  chat: number | null;
  /**
   * Wrong tries the student has left before her pause, when this one was counted for her and started none:
   * in her window, not her day (see studentTriesLeft). Undefined otherwise.
   */
  studentTriesLeft?: number;
}

/** What a counted failure names besides its subject (see Limits.fail). */
export interface FailureDetails {
  /** What it was about: an id tried, a chat (see LimitRule's maxAbouts). */
  about?: string;
  /** Who caused it, when that is a person (a teacher's guided reset) rather than the chat. */
  actor?: string;
  /** Names the failure, so that counting it again counts nothing (see countFailure's `id`). */
  id?: string;
}

/** The password limits counted over a day too, each with its day's kind. */
const DAY_OF = { link: "link-day", "staff-password": "staff-password-day" } as const;
type PasswordKind = keyof typeof DAY_OF;

function isPasswordKind(kind: LimitKind): kind is PasswordKind {
  return kind === "link" || kind === "staff-password";
}

/**
 * A password's try: counted in its window (`link`, `staff-password`) and, with it, in the day. `blockedNow`
 * and `blockedUntil` say whether either pause started, and the later of the two; `day` is the day's count.
 */
type PasswordTry = CountedFailure & { day?: CountedFailure };

/** The later of two pauses, or null when neither is in force. */
function later(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/**
 * Every limit of the security model in one place, in the manner of PWM's intruder manager: flows say what
 * failed (`fail`), ask whether something is blocked (`blockedUntil`) and lift blocks (`clear`); this service
 * owns the counting, the audit event and the admin alert when a block starts.
 *
 * It fails closed: a failure that cannot be recorded throws (StoreUnavailableError), so the attempt it
 * belongs to is refused with "try again later" rather than going uncounted.
 */
export class Limits {
  constructor(
    private readonly counters: LimitCounters,
    readonly rules: LimitRules,
    private readonly alerts: Alerts,
  ) {}

  /** Counts one failure; when it starts a block, audits and alerts it. */
  async fail(
    ctx: FlowContext,
    kind: LimitKind,
    subject: string,
    { about, actor, id }: FailureDetails = {},
  ): Promise<CountedFailure> {
    const rule = this.rules[kind];
    const counted = await this.counters.countFailure(kind, subject, ctx.now, rule, about, undefined, id);
    if (counted.blockedNow) await this.reportBlock(ctx, kind, subject, counted, actor);
    return counted;
  }

  async blockedUntil(kind: LimitKind, subject: string, now: number): Promise<number | null> {
    if (!isPasswordKind(kind)) return this.counters.blockedUntil(kind, subject, now, this.rules[kind]);
    const [hour, day] = await Promise.all([
      this.counters.blockedUntil(kind, subject, now, this.rules[kind]),
      this.counters.blockedUntil(DAY_OF[kind], subject, now, this.rules[DAY_OF[kind]]),
    ]);
    return later(hour, day);
  }

  /**
   * Lifts a block and forgets the failures (a teacher's unlock): whether a block was in force, and how many
   * failures still counted.
   */
  async clear(kind: LimitKind, subject: string, now: number): Promise<ClearedFailures> {
    if (!isPasswordKind(kind)) return this.counters.clearFailures(kind, subject, now, this.rules[kind]);
    const [hour, day] = await Promise.all([
      this.counters.clearFailures(kind, subject, now, this.rules[kind]),
      this.counters.clearFailures(DAY_OF[kind], subject, now, this.rules[DAY_OF[kind]]),
    ]);
    return { blocked: hour.blocked || day.blocked, failures: Math.max(hour.failures, day.failures) };
  }

  /**
   * Counts an attempt before it is made (a set-up password the directory will check), so that concurrent
   * attempts can never exceed the limit. `blocked`: the limit was already reached, do not attempt. Follow
   * with `attemptFailed` or `forget`.
   */
  async reserveAttempt(
    ctx: FlowContext,
    kind: LimitKind,
    subject: string,
    about?: string,
  ): Promise<{ failure: CountedFailure; blocked: number | null }> {
    if (!isPasswordKind(kind)) {
      const failure = await this.counters.countFailure(kind, subject, ctx.now, this.rules[kind], about);
      return { failure, blocked: failure.counted ? null : (failure.blockedUntil ?? ctx.now) };
    }
    // The window, then the day, in one step where the store can: a try the day refuses goes back to the
    // window, and is not made.
    const hour = { kind, subject, rule: this.rules[kind], ...(about === undefined ? {} : { about }) };
    const inDay = { ...hour, kind: DAY_OF[kind], rule: this.rules[DAY_OF[kind]] };
    let failure: CountedFailure;
    let day: CountedFailure | null;
    const payBoth = this.counters.countFailureThen;
    if (payBoth !== undefined) {
      ({ first: failure, second: day } = await payBoth.call(this.counters, hour, inDay, ctx.now));
    } else {
      failure = await this.counters.countFailure(kind, subject, ctx.now, hour.rule, about);
      const giveBack = () => this.counters.forgetFailure(kind, subject, failure.id);
      day = failure.counted
        ? await this.counters
            .countFailure(inDay.kind, subject, ctx.now, inDay.rule, about)
            .catch(async (error: unknown) => {
              await giveBack().catch(() => undefined);
              throw error;
            })
        : null;
      // countFailureThen gives the window's try back itself, in the same step.
      if (day !== null && !day.counted) await giveBack();
    }
    if (!failure.counted || day === null) return { failure, blocked: failure.blockedUntil ?? ctx.now };
    if (!day.counted) return { failure, blocked: day.blockedUntil ?? ctx.now };
    const both: PasswordTry = {
      ...failure,
      blockedNow: failure.blockedNow || day.blockedNow,
      blockedUntil: later(failure.blockedUntil, day.blockedUntil),
      day,
    };
    return { failure: both, blocked: null };
  }

  /**
   * The count behind the pause a password's try just started (see reserveAttempt), with the rule's window:
   * the window's, or the day's when the window still had room (its failures, its chats, until the later
   * end); null when it started none.
   */
  pauseStarted(
    kind: LimitKind,
    failure: CountedFailure,
  ): { counted: CountedFailure; windowMs: number } | null {
    if (!failure.blockedNow) return null;
    const day = (failure as PasswordTry).day;
    const windowFull = failure.failures >= this.rules[kind].maxFailures;
    if (!isPasswordKind(kind) || day?.blockedNow !== true || windowFull)
      return { counted: failure, windowMs: this.rules[kind].windowMs };
    return {
      counted: { ...day, blockedUntil: failure.blockedUntil },
      windowMs: this.rules[DAY_OF[kind]].windowMs,
    };
  }

  /** The reserved attempt failed: it stays counted, and the block it started is audited and alerted. */
  async attemptFailed(
    ctx: FlowContext,
    kind: LimitKind,
    subject: string,
    failure: CountedFailure,
  ): Promise<void> {
    const started = this.pauseStarted(kind, failure);
    if (started !== null) await this.reportBlock(ctx, kind, subject, started.counted);
  }

  /** Takes back a failure counted before an attempt that then went well (a set-up password). */
  async forget(kind: LimitKind, subject: string, failure: Pick<CountedFailure, "id">): Promise<void> {
    const day = (failure as Partial<PasswordTry>).day;
    await Promise.all([
      this.counters.forgetFailure(kind, subject, failure.id),
      ...(day === undefined || !isPasswordKind(kind)
        ? []
        : [this.counters.forgetFailure(DAY_OF[kind], subject, day.id)]),
    ]);
  }

  /** Until when this chat may not start a reset or set-up: its failures, or its answer checks. */
  chatBlockedUntil(ctx: FlowContext): Promise<number | null> {
    return this.chatPausedUntil(chatKey(ctx.chat), ctx.now);
  }

  /** chatBlockedUntil of the chat `key` (another chat than the one typing: a student's, at an /unlock). */
  async chatPausedUntil(key: string, now: number): Promise<number | null> {
    const [failures, checks] = await Promise.all([
      this.blockedUntil("chat", key, now),
      this.blockedUntil("answer-checks", key, now),
    ]);
    if (failures === null) return checks;
    return checks === null ? failures : Math.max(failures, checks);
  }

  /**
   * Pays for one answer check (an argon2 verification) before it is done, whoever's answers they are and
   * whether or not the dialog ever finishes: the chat's budget, then the school's. "chat-and-school" (an
   * answer to an enrolled question) is also refused while the chat is paused for its failed tries, read in
   * the same step as its budget: a paused chat pays nothing, and a chat that cannot pay costs the school
   * nothing. A check the school then refuses, or cannot count, is given back to the chat.
   */
  async chargeAnswerCheck(
    ctx: FlowContext,
    scope: "chat-and-school" | "chat" = "chat-and-school",
    /** The teacher or admin whose device checks the answers (a guided reset): a pause it starts is theirs. */
    actor?: string,
  ): Promise<AnswerCheckRefusal | AnswerCheckPaid> {
    const key = chatKey(ctx.chat);
    const unlessPaused =
      scope === "chat-and-school" ? { kind: "chat" as const, rule: this.rules.chat } : undefined;
    // Counted here rather than by fail(): a pause this check starts is told only once the school has paid.
    const rule = this.rules["answer-checks"];
    const payBoth = this.counters.countFailureThen;
    if (scope === "chat-and-school" && payBoth !== undefined) {
      // The same rules in one step (one round trip): the school is charged only when the chat could pay,
      // and a check the school refuses goes back to the chat with the pause it would have started.
      const { first: chat, second: school } = await payBoth.call(
        this.counters,
        {
          kind: "answer-checks",
          subject: key,
          rule,
          ...(unlessPaused === undefined ? {} : { unlessBlockedBy: unlessPaused }),
        },
        { kind: "school-answer-checks", subject: "school", rule: this.rules["school-answer-checks"] },
        ctx.now,
      );
      if (chat.blockedByOtherUntil !== undefined)
        return { refused: "tries", until: chat.blockedByOtherUntil };
      if (!chat.counted || school === null) return { refused: "chat", until: chat.blockedUntil ?? ctx.now };
      if (school.blockedNow) await this.reportBlock(ctx, "school-answer-checks", "school", school);
      if (!school.counted) return { refused: "school" };
      if (chat.blockedNow) await this.reportBlock(ctx, "answer-checks", key, chat, actor);
      return { refused: null, chatPausedUntil: chat.blockedNow ? chat.blockedUntil : null };
    }
    const chat = await this.counters.countFailure(
      "answer-checks",
      key,
      ctx.now,
      rule,
      undefined,
      unlessPaused,
    );
    if (chat.blockedByOtherUntil !== undefined) return { refused: "tries", until: chat.blockedByOtherUntil };
    if (!chat.counted) return { refused: "chat", until: chat.blockedUntil ?? ctx.now };
    if (scope === "chat-and-school") {
      // Not done after all: the check goes back, with the pause it would have started (never told).
      const giveBack = () => {
        const started = chat.blockedNow ? (chat.blockedUntil ?? undefined) : undefined;
        return this.counters.forgetFailure("answer-checks", key, chat.id, started);
      };
      let school: CountedFailure;
      try {
        school = await this.fail(ctx, "school-answer-checks", "school");
      } catch (error) {
        // The school's count failed alone (in a Redis Cluster it may be on another node): no check is made,
        // so none is left charged, nor a pause for it. If the give-back fails too, the store's error stands.
        await giveBack().catch(() => undefined);
        throw error;
      }
      if (!school.counted) {
        await giveBack();
        return { refused: "school" };
      }
    }
    if (chat.blockedNow) await this.reportBlock(ctx, "answer-checks", key, chat, actor);
    return { refused: null, chatPausedUntil: chat.blockedNow ? chat.blockedUntil : null };
  }

  /**
   * Pays for one look-up of a typed user ID in the directory, before it is made: the chat's hour, then the
   * school's minute, in one step where the store can (as chargeAnswerCheck). A chat at its own pause costs
   * the school nothing; a lookup the school refuses goes back to the chat (it is not made). `id` names the
   * lookup in both counts, to give it back (see giveBackIdLookup).
   */
  async payIdLookup(
    ctx: FlowContext,
  ): Promise<{ refused: "chat"; until: number } | { refused: "school" } | { refused: null; id: string }> {
    const key = chatKey(ctx.chat);
    const chatRule = this.rules["id-lookups"];
    const schoolRule = this.rules["school-id-lookups"];
    const payBoth = this.counters.countFailureThen;
    let chat: CountedFailure;
    let school: CountedFailure | null;
    if (payBoth !== undefined) {
      ({ first: chat, second: school } = await payBoth.call(
        this.counters,
        { kind: "id-lookups", subject: key, rule: chatRule },
        { kind: "school-id-lookups", subject: "school", rule: schoolRule },
        ctx.now,
      ));
    } else {
      chat = await this.counters.countFailure("id-lookups", key, ctx.now, chatRule);
      school = chat.counted
        ? await this.counters
            .countFailure("school-id-lookups", "school", ctx.now, schoolRule)
            .catch(async (error: unknown) => {
              // Not counted for the school (a Cluster node apart): no lookup is made, so none stays charged.
              await this.counters.forgetFailure("id-lookups", key, chat.id).catch(() => undefined);
              throw error;
            })
        : null;
      if (school !== null && !school.counted) await this.counters.forgetFailure("id-lookups", key, chat.id);
    }
    if (!chat.counted || school === null) return { refused: "chat", until: chat.blockedUntil ?? ctx.now };
    if (school.blockedNow) await this.reportBlock(ctx, "school-id-lookups", "school", school);
    if (!school.counted) return { refused: "school" };
    if (chat.blockedNow) await this.reportBlock(ctx, "id-lookups", key, chat);
    return { refused: null, id: chat.id };
  }

  /**
   * Whether this chat can pay for `checks` answer checks now (a whole round of questions): null if so, else
   * until when it cannot: its pause, or until enough of its checks have left the window. Nothing is paid:
   * the checks are still paid one by one as they are done. For not starting a round whose last answers
   * could not be checked.
   */
  async noRoomForChecksUntil(ctx: FlowContext, checks: number): Promise<number | null> {
    const key = chatKey(ctx.chat);
    const paused = await this.blockedUntil("answer-checks", key, ctx.now);
    if (paused !== null) return paused;
    const rule = this.rules["answer-checks"];
    const times = await this.counters.failureTimes("answer-checks", key, ctx.now, rule);
    const over = times.length + checks - rule.maxFailures;
    // Room now; or never (a round longer than the whole budget): let its answers meet the pause.
    if (over <= 0 || over > times.length) return null;
    return [...times].sort((a, b) => a - b)[over - 1]! + rule.windowMs;
  }

  /**
   * A failed reset (or a failed check on a teacher's device): the student, the chat and the school count it.
   * Returns what is blocked now, so the failure's own reply can say how long. `actor`: the teacher whose
   * device it was, so that a block it starts is audited as theirs. `roundId`: the round's (see roundId in
   * state-fields.ts), so that the round typed again after a lost reply counts once.
   */
  async failedReset(
    ctx: FlowContext,
    subject: string,
    checkedPersonId: string | null,
    { actor, roundId }: { actor?: string; roundId?: string } = {},
  ): Promise<BlocksAfterFailure> {
    const student =
      checkedPersonId === null
        ? null
        : await this.fail(ctx, "student", checkedPersonId, { actor, id: roundId });
    const chat = await this.fail(ctx, "chat", chatKey(ctx.chat), { about: subject, actor, id: roundId });
    await this.fail(ctx, "spree", "school", { about: subject, id: roundId });
    // The chat's answer checks too: the last check of this reset may have used up its budget.
    const checks = await this.blockedUntil("answer-checks", chatKey(ctx.chat), ctx.now);
    const chatUntil =
      chat.blockedUntil === null
        ? checks
        : checks === null
          ? chat.blockedUntil
          : Math.max(checks, chat.blockedUntil);
    const counted = student !== null && student.counted && student.blockedUntil === null;
    return {
      student: student?.blockedUntil ?? null,
      chat: chatUntil,
      ...(counted ? { studentTriesLeft: this.studentTriesLeft(student) } : {}),
    };
  }

  /**
   * Tries left in the student's own window. The longer window's are not told: a guesser warned before the
   * day's last try would stop there and keep one short of it every day, never suspended, never alerted.
   */
  private studentTriesLeft(counted: CountedFailure): number {
    return this.rules.student.maxFailures - counted.failures;
  }

  /** The failures behind a student's suspension: the window's when they reached its limit, else the day's. */
  private studentFailuresBehind(counted: CountedFailure): number {
    if (counted.failures >= this.rules.student.maxFailures) return counted.failures;
    return counted.longWindowFailures ?? counted.failures;
  }

  private async reportBlock(
    ctx: FlowContext,
    kind: LimitKind,
    subject: string,
    counted: CountedFailure,
    actor?: string,
  ): Promise<void> {
    const failures = kind === "student" ? this.studentFailuresBehind(counted) : counted.failures;
    switch (kind) {
      case "student":
        await audit(ctx, "reset-suspended", subject, "refused", `${failures} failed tries`, actor);
        // Each block is its own event: after an unlock (or once it ended) the next suspension is news.
        this.alerts.raise({
          kind: "suspension",
          subject,
          details: { failures },
          ...(counted.blockedUntil === null ? {} : { episode: String(counted.blockedUntil) }),
        });
        return;
      case "link":
        await audit(ctx, "link-paused", subject, "refused", `${failures} wrong passwords`);
        // A made-up id's pause protects no account: audited, but no alert (a flood of them would be noise
        // for the admins; the chats are throttled and alerted by their own limit).
        if (isMadeUpSubject(subject)) return;
        // With the chat that holds the ID's link (none of the chats that typed may be it), read after the
        // reply: a made-up ID has no link to read, and a real one must not cost the prober more. As a
        // suspension: a pause that comes back after an /unlock (or once it ended) is news.
        await afterTheReply(ctx, async () => {
          const holder = await linkHolder(ctx, subject);
          this.alerts.raise({
            kind: "link-paused",
            subject,
            details: { failures, chats: counted.abouts.join(", "), ...holder },
            ...(counted.blockedUntil === null ? {} : { episode: String(counted.blockedUntil) }),
          });
        });
        return;
      case "chat":
      case "answer-checks": {
        const why =
          kind === "chat" ? "too many failed tries from one chat" : "too many answer checks from one chat";
        await audit(ctx, "chat-throttled", subject, "refused", why, actor);
        const reason: ThrottleReason = kind === "chat" ? "failures" : "answerChecks";
        // A teacher's or admin's device out of answer checks (her guided resets paid for it): the alert names
        // her account, and does not call answers that may all have been right a guess. Failed tries are
        // wrong rounds, so their pause keeps the guessing alert, whoever's device it is.
        if (actor !== undefined && kind === "answer-checks") {
          const details = { failures, reason, staff: actor };
          this.alerts.raise({ kind: "staff-chat-throttled", subject, details });
          return;
        }
        this.alerts.raise({ kind: "chat-throttled", subject, details: { failures, reason } });
        return;
      }
      case "id-lookups":
        // Audited with the chat's record; no alert: the lookups tell nobody anything and touch no account, and
        // one alert per chat would let many chat accounts fill the admins' chat.
        await audit(ctx, "chat-throttled", subject, "refused", "too many user IDs looked up from one chat");
        return;
      case "school-id-lookups":
        this.alerts.raise({
          kind: "id-lookup-flood",
          subject: "school",
          details: { lookups: failures, perMinute: this.rules[kind].maxFailures },
        });
        return;
      case "spree": {
        const rule = this.rules.spree;
        // The students tried, for the admins' /audit (a made-up ID's digest names nobody): the first few.
        const tried = counted.abouts.filter((about) => !isMadeUpSubject(about)).sort();
        const ids = tried.slice(0, SPREE_IDS_NAMED).join(", ");
        this.alerts.raise({
          kind: "failure-spree",
          subject: "school",
          details: {
            failures,
            students: rule.maxAbouts?.count ?? 0,
            minutes: Math.round(rule.windowMs / 60_000),
            ...(ids === "" ? {} : { ids: tried.length > SPREE_IDS_NAMED ? `${ids}, …` : ids }),
          },
        });
        return;
      }
      case "guided-codes":
        // The staff member is told when the next code can go; each code sent is audited already.
        return;
      case "pause-lifts":
        // Refused lifts are audited, and each lift is alerted, by the unlock itself.
        return;
      case "staff-password":
        // Audited and alerted by the staff password step, which names her account (the subject is a pair).
        return;
      case "link-day":
      case "staff-password-day":
        // Reported as the window's pause ("link", "staff-password"), by attemptFailed.
        return;
      case "school-answer-checks":
        this.alerts.raise({
          kind: "answer-check-flood",
          subject: "school",
          details: { checks: failures, perMinute: this.rules[kind].maxFailures },
        });
        return;
    }
  }
}
