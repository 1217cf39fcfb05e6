import { chatKey, type ChatRef } from "../../chat.js";
import { UNKNOWN_ID } from "../../audit.js";
import type { Reply, Text } from "../../messages.js";
import { ConcurrencyLimit } from "../../answers/concurrency-limit.js";
import type { AuditEvent, EventsBy } from "../../ports/audit-log.js";
import { presenceKey, type Person } from "../../ports/directory.js";
import { looksLikeName, mayBeFirstName, looksLikeSeveralIds } from "../../looks-like-name.js";
import { looksLikePassword } from "../../looks-like-password.js";
import { say, type FlowContext } from "../flow.js";
import { MAX_ID_LENGTH, typedText, typedUserId } from "../typed-id.js";
import { isAboutClass } from "../../class-subject.js";
import { attemptLines } from "./attempt-lines.js";
import { reasonText } from "./audit-reasons.js";
import { eventWords, outcomeWords, words } from "./report-words.js";
import { passwordNotSchoolId } from "../school-id-shapes.js";
import { sharedIdNotice } from "./shared-id.js";
import { schoolClassList } from "./staff-access.js";
import { classAfterWord, classNamed } from "./typed-class.js";
import { classShaped, noSuchClass, schoolClassesSentence } from "./unknown-class.js";
import { typedChat } from "./unlock-chat.js";
import { storedTextOnItsLine } from "../../stored-text-line.js";

const WEEK_MS = 7 * 24 * 3600_000;
/** Enough for a large school's week (/stats, a chat's /audit); the stream is capped anyway. */
const MAX_EVENTS_SCANNED = 100_000;
const AUDIT_EVENTS_SHOWN = 20;
/** A person's whole protected trail: her own chat's last 20 events and the last 10 others caused. */
const TRAIL_EVENTS_SHOWN = 30;
/**
 * Classes read from the directory at once for one report (its list, then whether its ids are shared): on
 * LDAP each read is a connection of its own, and /stats reads every class of the school.
 */
const CLASSES_AT_ONCE = 8;

/**
 * Who in a class has not set up yet, who has answers but no linked chat (after /logout or a lost phone's
 * guided reset: /reset works only from the linked chat, so they must /setup again), and who is suspended:
 * what a form teacher chases. A student whose account is disabled in the directory cannot set up or reset
 * at all, so she is counted in none of these, and listed apart (only when there is one) with who can turn
 * the account back on. So is an id several directory entries share, once, with who must fix the directory.
 */
export async function coverageReport(ctx: FlowContext, className: string): Promise<Text> {
  const standing = await classStanding(ctx, className, new ConcurrencyLimit(CLASSES_AT_ONCE));
  const { disabled, shared } = standing;
  const rows = await Promise.all(
    standing.rows.map(async (row) => {
      // Side by side: each student's two reads go in the same write to Redis, not one after the other.
      const [suspendedUntil, setupPausedUntil] = await Promise.all([
        ctx.deps.limits.blockedUntil("student", row.student.id, ctx.now),
        // Wrong passwords at /setup (a child's typos on the first day of term): /unlock lifts it.
        ctx.deps.limits.blockedUntil("link", row.student.id, ctx.now),
      ]);
      return { ...row, suspended: suspendedUntil !== null, setupPaused: setupPausedUntil !== null };
    }),
  );
  const line = (student: Person) => `• ${student.name} (${student.id})`;
  const nobody = `• ${words(ctx, { key: "report.nobody" })}`;
  const list = (chosen: typeof rows) =>
    chosen.length === 0 ? nobody : chosen.map((r) => line(r.student)).join("\n");
  const disabledPart =
    disabled.length === 0
      ? ""
      : `\n${words(ctx, { key: "coverage.disabled", params: { list: disabled.map(line).join("\n") } })}`;
  const sharedPart =
    shared.length === 0
      ? ""
      : `\n${words(ctx, { key: "coverage.shared", params: { list: shared.map(line).join("\n") } })}`;
  const noChat = rows.filter((r) => r.setUp && !r.linked);
  const setupPaused = rows.filter((r) => r.setupPaused);
  const pausedPart =
    setupPaused.length === 0
      ? ""
      : `\n${words(ctx, { key: "coverage.setupPaused", params: { list: list(setupPaused) } })}`;
  const params = {
    class: className,
    total: rows.length,
    setUp: rows.filter((r) => r.setUp).length,
    missing: list(rows.filter((r) => !r.setUp)),
    // What she can do for them, where she sees them: nothing said it before.
    suspended: rows.some((r) => r.suspended)
      ? `${list(rows.filter((r) => r.suspended))}\n${words(ctx, { key: "coverage.suspendedHint" })}`
      : nobody,
    paused: pausedPart,
    disabled: disabledPart,
    shared: sharedPart,
  };
  return noChat.length === 0
    ? { key: "coverage.report", params }
    : { key: "coverage.reportNoChat", params: { ...params, noChat: list(noChat) } };
}

/**
 * A class as both reports count it: its students whose account is on, each with whether they have answers
 * on record (set up) and, if so, a linked chat (without one they cannot reset by themselves); and apart, the
 * students whose account is disabled in the directory, who can do neither, and the ids several directory
 * entries share (twice in the class, or also on an entry elsewhere), each once: nobody can use such an id
 * until IT fixes the directory. `classes` bounds the classes read from the directory at once across a report.
 */
async function classStanding(
  ctx: FlowContext,
  className: string,
  classes: ConcurrencyLimit,
): Promise<{
  rows: { student: Person; setUp: boolean; linked: boolean }[];
  disabled: Person[];
  shared: Person[];
}> {
  const { listed, sharedIds } = await classes.run(async () => {
    const students = await ctx.deps.directory.listStudents(className);
    return { listed: students, sharedIds: await sharedIdsOf(ctx, className, students) };
  });
  const isShared = (s: Person) => sharedIds.has(s.id.toLowerCase());
  const rows = await Promise.all(
    listed
      .filter((s) => s.disabled !== true && !isShared(s))
      .map(async (student) => {
        const setUp = (await ctx.deps.store.getEnrolment(student.id)) !== null;
        const linked = setUp && (await ctx.deps.store.linkedChat(student.id)) !== null;
        return { student, setUp, linked };
      }),
  );
  const shared = listed.filter(
    (s, i) => isShared(s) && listed.findIndex((t) => t.id.toLowerCase() === s.id.toLowerCase()) === i,
  );
  return { rows, disabled: listed.filter((s) => s.disabled === true && !isShared(s)), shared };
}

/**
 * The ids (lower case) of a class list that several directory entries have: twice in the list, or once here
 * and on an entry elsewhere (which the directory is asked, for the whole class at once). A check the
 * directory could not answer counts as not shared, so the report still comes; IT is told in the log.
 */
async function sharedIdsOf(
  ctx: FlowContext,
  className: string,
  listed: readonly Person[],
): Promise<Set<string>> {
  const seen = new Map<string, number>();
  for (const s of listed) seen.set(s.id.toLowerCase(), (seen.get(s.id.toLowerCase()) ?? 0) + 1);
  const shared = new Set([...seen].filter(([, n]) => n > 1).map(([id]) => id));
  const asked = listed.filter((s) => !shared.has(s.id.toLowerCase())).map((s) => s.id);
  if (asked.length === 0) return shared;
  try {
    const presences = await ctx.deps.directory.accountPresences(asked);
    for (const id of asked) {
      if (presences.get(presenceKey(id)) === "several") shared.add(id.toLowerCase());
    }
  } catch (error) {
    ctx.deps.logger.warn(
      { err: error, className, failed: asked.length },
      "could not check whether a class's student ids are shared: the report counts them as usual",
    );
  }
  return shared;
}

/**
 * What /audit (admins only) says: a chat's record for "telegram:123", else a person's, after the words for an
 * id several directory entries share when it is one (the record is still the store's to show). `typeAgain`
 * is what "Whose record?" says instead, asking again, when the text is no one's ID (several IDs, a name, an
 * ID nobody has and nothing is on record about); null when the replies are the answer. `askAgain`: "/audit
 * <it>" asks "Whose record?" too (a class, or text that looks like a password), as "/guided 4A" does.
 */
export async function auditReport(
  ctx: FlowContext,
  typedId: string,
): Promise<{ replies: Reply[]; typeAgain: Reply | null; askAgain?: true }> {
  const answer = (...replies: Reply[]) => ({ replies, typeAgain: null });
  // "telegram:123", as an alert names a chat.
  const chat = typedChat(typedId);
  if (chat !== null) return answer({ text: await chatAuditReport(ctx, chat) });
  // "class:5B", as the record and the export name a class (or "class 5B"): that class's events, as "/audit
  // 5B" shows them; one the school does not have is told so, with the classes it has. No person's ID has
  // the word for class in it.
  const typedClass = classAfterWord(typedText(typedId));
  if (typedClass !== null) {
    const schoolClasses = await schoolClassList(ctx);
    if (schoolClasses === null)
      return {
        replies: [say("error.staffDirectoryDown")],
        typeAgain: say("audit.classesUnreadTypeAgain"),
      };
    const namedClass = classNamed(typedClass, schoolClasses);
    if (namedClass !== undefined) return classAnswer(ctx, namedClass);
    return {
      replies: [noSuchClass(ctx, typedClass, schoolClasses)],
      typeAgain: noSuchClass(ctx, typedClass, schoolClasses, true),
    };
  }
  // "S1001." (a phone keyboard's full stop) is S1001, as at every other user-ID prompt.
  const typed = typedUserId(typedId);
  // Her password typed after /audit, or at "Whose record?" (the wrong box): the record is the bot's own, so
  // it is read first; with nothing on record under it, the text is never sent to the directory (whose
  // server may log each search), nor echoed back as "no events about <it>". A user ID that looks like a
  // password and has a record (a school whose IDs are "tan.wl2015") is looked up as any other. "S1001,S1002"
  // looks like a password too: several IDs shaped like the school's are told below ("Tiger1,Lamp2" is not).
  if (
    looksLikePassword(typed) &&
    (!looksLikeSeveralIds(typed) || (await passwordNotSchoolId(ctx, typed, typedId)) === "yes")
  ) {
    const onRecord = await personAuditReport(ctx, typed.slice(0, MAX_ID_LENGTH));
    if (onRecord.key === "audit.noneAboutOrBy") {
      // Not "no events about <it>": it may be her password. But it may as well be a real user ID that
      // looks like one, of someone with nothing on record yet: the words say so too.
      const notKept = say("audit.passwordNotKept");
      return { replies: [notKept], typeAgain: notKept, askAgain: true };
    }
  }
  const person = typed.length > MAX_ID_LENGTH ? null : await ctx.deps.directory.findPerson(typed);
  const shared = person === null ? await sharedIdNotice(ctx, typed) : null;
  const report = await personAuditReport(ctx, person?.id ?? typed.slice(0, MAX_ID_LENGTH));
  // "S1001 S1002": told from the text alone, not "no events about S1001 S1002".
  if (person === null && report.key === "audit.noneAboutOrBy" && looksLikeSeveralIds(typed))
    return { replies: [say("audit.onePersonAtATime")], typeAgain: say("audit.onePersonTypeAgain") };
  if (person === null && shared === null && report.key === "audit.noneAboutOrBy") {
    // "4A": a class where a person's ID goes, told as /guided 4A tells it (only admins may /audit, and an
    // admin may see every class, so naming one tells her nothing).
    const schoolClasses = (await schoolClassList(ctx)) ?? [];
    const schoolClass = classNamed(typedText(typedId), schoolClasses);
    if (schoolClass !== undefined) return classAnswer(ctx, schoolClass);
    // "9Z", shaped like the school's classes: no one's ID, and no class either.
    const unknownClass = classShaped(typedText(typedId), schoolClasses);
    if (unknownClass !== null) return nobodyNorClass(ctx, typed, unknownClass, schoolClasses);
    return nobodyOnRecord(typed, report, ctx.deps.settings.loginHint);
  }
  // Whom the ID is, and the chat linked to them now: an alert names IDs only, and a typo of a real ID must
  // not read as the right person.
  const who = person === null ? [] : [await whoIs(ctx, person)];
  return shared === null ? answer(...who, { text: report }) : answer(shared, ...who, { text: report });
}

/** "/audit 9Z": nobody has the ID, and the school has no such class; the classes it has, or where to see them. */
function nobodyNorClass(
  ctx: FlowContext,
  typed: string,
  className: string,
  schoolClasses: readonly string[],
): { replies: Reply[]; typeAgain: Reply } {
  const params = {
    id: typed.slice(0, MAX_ID_LENGTH),
    class: className,
    classes: schoolClassesSentence(ctx, schoolClasses),
  };
  return {
    replies: [say("audit.nobodyNoClass", params)],
    typeAgain: say("audit.nobodyNoClassTypeAgain", params),
  };
}

/**
 * "/audit 5B", a class the school has: the events recorded about the class itself (a teacher's refused
 * /coverage 5B, by whom and when), after how to see one student's record; the command ends. With none on
 * record, only that it is a class, and the user ID is asked again, as "/guided 5B" asks.
 */
async function classAnswer(
  ctx: FlowContext,
  className: string,
): Promise<{ replies: Reply[]; typeAgain: Reply | null; askAgain?: true }> {
  const record = await classAuditReport(ctx, className);
  if (record === null) {
    const classNotStudent = say("staff.classNotStudent", { class: className });
    return { replies: [classNotStudent], typeAgain: classNotStudent, askAgain: true };
  }
  return { replies: [say("audit.classHint", { class: className }), { text: record }], typeAgain: null };
}

/**
 * The week's events about a class (read from the school-wide stream, as a chat's are: a class has no
 * record of its own), newest first; null when there are none and no day of the week left any out.
 */
async function classAuditReport(ctx: FlowContext, className: string): Promise<Text | null> {
  const [week, unlisted] = await Promise.all([
    ctx.deps.store.auditSince(ctx.now - WEEK_MS, MAX_EVENTS_SCANNED),
    ctx.deps.store.auditUnlisted(ctx.now - WEEK_MS),
  ]);
  const about = week.filter((e) => isAboutClass(e.subject, className)).reverse();
  if (about.length === 0 && unlisted.length === 0) return null;
  const lines = about.slice(0, AUDIT_EVENTS_SHOWN).map((e) => describeEvent(ctx, e));
  if (about.length > AUDIT_EVENTS_SHOWN)
    lines.push(words(ctx, { key: "audit.earlier", params: { count: about.length - AUDIT_EVENTS_SHOWN } }));
  // A day whose share of the stream was full counted some attempts without listing them: said, so that
  // none listed does not read as none made.
  if (unlisted.length > 0) {
    const dates = unlisted.map((d) => `${d.day.slice(0, 4)}-${d.day.slice(4, 6)}-${d.day.slice(6)}`);
    lines.push(words(ctx, { key: "audit.classNotListed", params: { dates: dates.join(", ") } }));
  }
  const events = about.length === 0 ? [`• ${words(ctx, { key: "audit.chatNoEvents" })}`, ...lines] : lines;
  return { key: "audit.classReport", params: { class: className, events: events.join("\n") } };
}

/** A person as /audit names them: name, ID, role and classes, and the chat linked to them now. */
async function whoIs(ctx: FlowContext, person: Person): Promise<Reply> {
  const linked = await ctx.deps.store.linkedChat(person.id);
  const chat = words(
    ctx,
    linked === null
      ? { key: "audit.noChatNow" }
      : { key: "audit.chatLinkedNow", params: { chat: chatKey(linked) } },
  );
  const classes =
    person.classes.length === 0 ? words(ctx, { key: "audit.noClass" }) : person.classes.join(", ");
  const params = { name: person.name, id: person.id, classes, chat };
  const key =
    person.role === "student"
      ? "audit.whoStudent"
      : person.role === "teacher"
        ? "audit.whoTeacher"
        : "audit.whoAdmin";
  return say(key, params);
}

/**
 * Nobody in the directory and nothing on record: "no events about Tan Wei Ling yet" would read as a quiet
 * record, when a name or a mistyped ID was looked up. A leaver's events still show (someone is on record),
 * and a subject that is no person ("class:4A") keeps the plain words.
 */
function nobodyOnRecord(
  typed: string,
  report: Text,
  hint: string,
): { replies: Reply[]; typeAgain: Reply | null } {
  if (looksLikeName(typed))
    return { replies: [say("audit.typeIdNotName")], typeAgain: say("audit.typeIdNotNameTypeAgain") };
  if (typed.includes(":")) return { replies: [{ text: report }], typeAgain: null };
  const id = typed.slice(0, MAX_ID_LENGTH);
  // "aisha": a first name, maybe; /audit looks up no names, and says what a user ID is like.
  if (mayBeFirstName(typed))
    return {
      replies: [say("audit.nobodyWithIdNotName", { id, hint })],
      typeAgain: say("audit.nobodyWithIdNotNameTypeAgain", { id, hint }),
    };
  return {
    replies: [say("audit.nobodyWithId", { id })],
    typeAgain: say("audit.nobodyWithIdTypeAgain", { id }),
  };
}

/**
 * One person's record, never a secret. About them: their protected trail (staff actions on them, their own
 * link, set-up and resets: time, event, outcome, channel, who, why), then the attempts about them counted per
 * day, each with who tried. By them (a teacher's guided resets, unlocks and clears, and what they were
 * refused): their events about others, as the school-wide stream recorded them and `npm run audit --
 * --person` lists them. Each part is read from the person's own keys: the work is theirs, not the school's.
 */
async function personAuditReport(ctx: FlowContext, id: string): Promise<Text> {
  const { store } = ctx.deps;
  const [events, attempts, tried, byEvents, byAttempts] = await Promise.all([
    store.auditTrailOf(id, TRAIL_EVENTS_SHOWN),
    store.attemptCountsOf(id),
    store.attemptActorsOf(id),
    store.auditByOf(id, "protected", ctx.now, AUDIT_EVENTS_SHOWN),
    store.auditByOf(id, "attempt", ctx.now, AUDIT_EVENTS_SHOWN),
  ]);
  if (events.length === 0 && attempts.length === 0 && byEvents.total === 0 && byAttempts.total === 0)
    return { key: "audit.noneAboutOrBy", params: { id } };
  const attempted = attemptLines(ctx, id, attempts, tried);
  const lines = [
    ...events.map((e) => describeEvent(ctx, e)),
    ...(attempted.length === 0 ? [] : [words(ctx, { key: "audit.attempts" }), ...attempted]),
    ...section(ctx, { key: "audit.byHeading", params: { id } }, byEvents),
    ...section(ctx, { key: "audit.byAttemptsHeading", params: { id } }, byAttempts),
  ];
  return { key: "audit.report", params: { id, events: lines.join("\n") } };
}

/** A heading and the newest events under it (and how many earlier ones there are); nothing when none. */
function section(ctx: FlowContext, heading: Text, by: EventsBy): string[] {
  if (by.total === 0 || by.events.length === 0) return [];
  const shown = by.events.slice(0, AUDIT_EVENTS_SHOWN).map((e) => describeEventBy(ctx, e));
  const earlier = by.total - shown.length;
  return [
    words(ctx, heading),
    ...shown,
    ...(earlier > 0 ? [words(ctx, { key: "audit.earlier", params: { count: earlier } })] : []),
  ];
}

/**
 * One chat's record, for the admin an alert sent about it: who it is linked to, whether it is paused (and
 * by which limit, until when), and the week's events about the chat or done by it as a chat (a pause, a
 * lift of one, failed tries from it). A teacher's actions there name her as the actor: see /audit of the
 * students. Never a secret.
 */
async function chatAuditReport(ctx: FlowContext, chat: ChatRef): Promise<Text> {
  const key = chatKey(chat);
  const [linkedIds, checksUntil, failuresUntil, week, unlisted] = await Promise.all([
    ctx.deps.store.linkedPeople(chat),
    ctx.deps.limits.blockedUntil("answer-checks", key, ctx.now),
    ctx.deps.limits.blockedUntil("chat", key, ctx.now),
    ctx.deps.store.auditSince(ctx.now - WEEK_MS, MAX_EVENTS_SCANNED),
    ctx.deps.store.auditUnlisted(ctx.now - WEEK_MS),
  ]);
  const people = await Promise.all(linkedIds.map((id) => ctx.deps.directory.findPerson(id)));
  const linked = linkedIds.map((id, i) => {
    const person = people[i];
    return person === null || person === undefined ? id : `${person.name} (${person.id})`;
  });
  const paused = [
    ...(checksUntil === null ? [] : [pausedLine(ctx, "audit.chatPausedChecks", checksUntil)]),
    ...(failuresUntil === null ? [] : [pausedLine(ctx, "audit.chatPausedFailures", failuresUntil)]),
  ];
  const events = week
    .filter((e) => e.subject === key || e.actor === key)
    .reverse()
    .slice(0, AUDIT_EVENTS_SHOWN)
    .map((e) => describeEvent(ctx, e, true));
  // A day whose share of the stream was full lists only part of its attempts: said, so none reads as "none".
  if (unlisted.length > 0) {
    const dates = unlisted.map((d) => `${d.day.slice(0, 4)}-${d.day.slice(4, 6)}-${d.day.slice(6)}`);
    events.push(words(ctx, { key: "audit.chatNotListed", params: { dates: dates.join(", ") } }));
  }
  const nobody = words(ctx, { key: "report.nobody" });
  const lift = words(ctx, { key: "audit.chatLiftHint", params: { chat: key } });
  return {
    key: "audit.chatReport",
    params: {
      chat: key,
      linked: linked.length === 0 ? nobody : linked.join(", "),
      paused:
        paused.length === 0 ? words(ctx, { key: "audit.chatNotPaused" }) : `${paused.join("; ")}. ${lift}`,
      events: events.length === 0 ? `• ${words(ctx, { key: "audit.chatNoEvents" })}` : events.join("\n"),
    },
  };
}

function pausedLine(
  ctx: FlowContext,
  key: "audit.chatPausedChecks" | "audit.chatPausedFailures",
  until: number,
): string {
  return words(ctx, { key, params: { until: timeOf(until) } });
}

/** A time as the reports show it: "2026-03-02 08:05", in UTC. */
function timeOf(at: number): string {
  return new Date(at).toISOString().slice(0, 16).replace("T", " ");
}

/** Set-up coverage by class, and what happened in the last 7 days. */
export async function statsReport(ctx: FlowContext): Promise<Text> {
  const classes = await ctx.deps.directory.listClasses();
  const reads = new ConcurrencyLimit(CLASSES_AT_ONCE);
  const lines = await Promise.all(
    classes.map(async (className) => {
      const { rows, disabled: off, shared } = await classStanding(ctx, className, reads);
      // Disabled accounts cannot set up: counted apart, so they do not read as "not set up".
      const disabled = off.length;
      const setUp = rows.filter((r) => r.setUp).length;
      const noChat = rows.filter((r) => r.setUp && !r.linked).length;
      const params = { class: className, setUp, total: rows.length };
      const line: Text =
        disabled === 0
          ? noChat === 0
            ? { key: "report.classLine", params }
            : { key: "report.classLineNoChat", params: { ...params, noChat } }
          : noChat === 0
            ? { key: "report.classLineDisabled", params: { ...params, disabled } }
            : { key: "report.classLineNoChatDisabled", params: { ...params, noChat, disabled } };
      // Ids several entries share are nobody's: named apart, with who must fix them.
      const sharedPart =
        shared.length === 0
          ? ""
          : words(ctx, {
              key: "report.classShared",
              params: { count: shared.length, ids: shared.map((s) => s.id).join(", ") },
            });
      return `• ${words(ctx, line)}${sharedPart}`;
    }),
  );
  const since = ctx.now - WEEK_MS;
  const [week, unlisted] = await Promise.all([
    ctx.deps.store.auditSince(since, MAX_EVENTS_SCANNED),
    ctx.deps.store.auditUnlisted(since),
  ]);
  // A day whose share of the record was full only counted its later events: they happened all the same. A
  // day that began leaving out before the week did may count some from before it: left out, and said.
  const within = unlisted.filter((d) => d.from >= since);
  const straddling = unlisted.find((d) => d.from < since);
  const count = (event: string, outcome: AuditEvent["outcome"]) =>
    week.filter((e) => e.event === event && e.outcome === outcome).length +
    within
      .flatMap((d) => d.counts)
      .filter((c) => c.event === event && c.outcome === outcome)
      .reduce((sum, c) => sum + c.count, 0);
  const day =
    straddling === undefined
      ? ""
      : `${straddling.day.slice(0, 4)}-${straddling.day.slice(4, 6)}-${straddling.day.slice(6)}`;
  const low = straddling?.counts.some((c) => STATS_KINDS.has(`${c.event} ${c.outcome}`)) === true;
  return {
    key: "stats.report",
    params: {
      classes: lines.length === 0 ? `• ${words(ctx, { key: "report.nobody" })}` : lines.join("\n"),
      resets: count("reset", "ok"),
      guided: count("guided-reset", "ok"),
      suspensions: count("reset-suspended", "refused"),
      note: low ? `\n${words(ctx, { key: "stats.lowerBound", params: { day } })}` : "",
    },
  };
}

/** The events /stats counts, as "event outcome". */
const STATS_KINDS: ReadonlySet<string> = new Set(["reset ok", "guided-reset ok", "reset-suspended refused"]);

/**
 * One event of a person's trail. The note stored with it is in English (the export keeps it so); a note
 * this version knows is shown in the staff member's language, any other as stored.
 */
function describeEvent(ctx: FlowContext, e: AuditEvent, withSubject = false): string {
  const params = {
    when: timeOf(e.at),
    event: eventWords(ctx, e.event),
    outcome: outcomeWords(ctx, e.outcome),
    channel: e.channel,
    actor: storedTextOnItsLine(e.actor),
    subject: subjectWords(ctx, e.subject),
  };
  const reason = e.reason === undefined ? "" : ` – ${noteWords(ctx, e.event, e.reason)}`;
  // A chat's record has events about several people: each line says whom.
  const line = words(ctx, { key: withSubject ? "audit.chatLine" : "audit.line", params });
  return `${line}${reason}`;
}

/** One event by the person: whom it was about instead of who did it ("-" is nobody: an admin command). */
function describeEventBy(ctx: FlowContext, e: AuditEvent): string {
  const params = {
    when: timeOf(e.at),
    event: eventWords(ctx, e.event),
    outcome: outcomeWords(ctx, e.outcome),
    channel: e.channel,
  };
  const line: Text =
    e.subject === "-"
      ? { key: "audit.lineByAboutNobody", params }
      : { key: "audit.lineBy", params: { ...params, subject: subjectWords(ctx, e.subject) } };
  const reason = e.reason === undefined ? "" : ` – ${noteWords(ctx, e.event, e.reason)}`;
  return `${words(ctx, line)}${reason}`;
}

/** Whom an event is about, as a line names them: an ID nobody has ("unknown-id", as filed) in words. */
function subjectWords(ctx: FlowContext, subject: string): string {
  return subject === UNKNOWN_ID
    ? words(ctx, { key: "audit.subjectUnknownId" })
    : storedTextOnItsLine(subject);
}

function noteWords(ctx: FlowContext, event: string, note: string): string {
  const text = reasonText(event, note, (inner) => words(ctx, inner));
  return text === null ? storedTextOnItsLine(note) : words(ctx, text);
}
