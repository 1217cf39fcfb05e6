import { z } from "zod";

/**
 * Bump when a dialog state's shape changes. A stored dialog of another version reads as "no dialog", so a
 * deploy never crashes on a conversation that was open before it; the student simply starts again.
 */
export const DIALOG_SCHEMA_VERSION = 3;

const personId = z.string().min(1).max(64);
/** The person's version when the dialog verified them (ResetGuard): finishing needs it unchanged. */
const personVersion = z.number().int().min(0);
const pickedAnswer = z.object({
  questionId: z.string(),
  /** The argon2id salt and hash as text (answerHashToText). */
  answerHash: z.string(),
  /** A keyed digest of the normalised answer, to check the next ones differ; dropped when set-up ends. */
  answerDigest: z.string(),
});

/**
 * A stale enrolment's right answers, sealed with the pepper (enrolment-upgrade.ts), until the reset ends and
 * they are hashed anew; absent otherwise.
 */
const upgrade = z.string().max(2_000).optional();

/** Where a conversation stands. Holds ids and hashes only: never a password or an answer. */
export const dialogState = z.discriminatedUnion("name", [
  z.object({ name: z.literal("setup.id") }),
  z.object({ name: z.literal("setup.password"), typedId: z.string().max(64) }),
  z.object({
    name: z.literal("setup.question"),
    personId,
    personName: z.string(),
    picked: z.array(pickedAnswer).max(3),
    personVersion,
  }),
  z.object({
    name: z.literal("setup.answer"),
    personId,
    personName: z.string(),
    picked: z.array(pickedAnswer).max(3),
    questionId: z.string(),
    personVersion,
  }),
  // The practice round at the end of set-up: answers checked against what was just saved; no password changes.
  z.object({
    name: z.literal("setup.practiceOffer"),
    personId,
    personName: z.string(),
    questionIds: z.array(z.string()).length(3),
    personVersion,
  }),
  z.object({
    name: z.literal("setup.practice"),
    personId,
    personName: z.string(),
    questionIds: z.array(z.string()).length(3),
    index: z.number().int().min(0).max(2),
    /** Which answers did not match what was saved; only indices, never an answer. */
    different: z.array(z.number().int().min(0).max(2)).max(3),
    personVersion,
  }),
  z.object({
    name: z.literal("setup.practiceFix"),
    personId,
    personName: z.string(),
    questionIds: z.array(z.string()).length(3),
    /** The answers still to change, first one asked now. */
    different: z.array(z.number().int().min(0).max(2)).min(1).max(3),
    personVersion,
  }),
  // A family phone: which of the linked people this is about. Their ids and names, no secret.
  z.object({
    name: z.literal("family.who"),
    purpose: z.enum(["reset", "logout", "practice"]),
    people: z
      .array(z.object({ id: personId, name: z.string() }))
      .min(2)
      .max(20),
  }),
  // The reminder later in the term: the same check as the practice round, but paid for like a reset.
  z.object({
    name: z.literal("practice.remind"),
    personId,
    questionIds: z.array(z.string()).length(3),
    index: z.number().int().min(0).max(2),
    allMatch: z.boolean(),
  }),
  z.object({ name: z.literal("reset.id") }),
  z.object({
    name: z.literal("reset.answer"),
    /** The person id, or a digest of an unknown typed id: the subject of audit events and throttling. */
    subject: z.string().max(80),
    /** The person whose answers are really checked; null when the check is a decoy. */
    checkedPersonId: personId.nullable(),
    /** For the audit only, never shown: why the check is a decoy. */
    decoyReason: z
      .enum(["unknown-id", "staff", "not-set-up", "other-chat", "suspended", "capped"])
      .nullable(),
    questionIds: z.array(z.string()).length(3),
    index: z.number().int().min(0).max(2),
    /** True while every answer so far matched; the student learns the result only after all three. */
    allMatch: z.boolean(),
    personVersion,
    /** The enrolment's normalisation version is one this code does not know: the failure counts nowhere. */
    unknownVersion: z.boolean().optional(),
    upgrade,
  }),
  z.object({ name: z.literal("reset.choose"), personId, personName: z.string(), personVersion, upgrade }),
  z.object({
    name: z.literal("reset.newPassword"),
    personId,
    personName: z.string(),
    personVersion,
    upgrade,
  }),
  z.object({
    name: z.literal("reset.confirmPassword"),
    personId,
    personName: z.string(),
    personVersion,
    upgrade,
    /** A keyed digest of the first entry, to compare with the second; never the password itself. */
    firstDigest: z.string(),
  }),
  // Teachers and admins. `studentId` and `studentName` are the directory's; the actor is read afresh each step.
  z.object({ name: z.literal("staff.student"), action: z.enum(["guided", "unlock", "clear"]) }),
  z.object({
    name: z.literal("guided.route"),
    studentId: personId,
    studentName: z.string(),
    hasChat: z.boolean(),
    hasAnswers: z.boolean(),
    personVersion,
  }),
  z.object({
    name: z.literal("guided.code"),
    studentId: personId,
    studentName: z.string(),
    /** A keyed digest of the one-time code sent to the student's chat; the code itself is never stored. */
    codeDigest: z.string(),
    expiresAt: z.number(),
    triesLeft: z.number().int().min(0),
    personVersion,
  }),
  z.object({
    name: z.literal("guided.answer"),
    studentId: personId,
    studentName: z.string(),
    questionIds: z.array(z.string()).length(3),
    index: z.number().int().min(0).max(2),
    allMatch: z.boolean(),
    personVersion,
    /** As in reset.answer: an enrolment of an unknown normalisation version counts towards no limit. */
    unknownVersion: z.boolean().optional(),
  }),
  z.object({
    name: z.literal("guided.inPerson"),
    studentId: personId,
    studentName: z.string(),
    /** The student has a linked chat they cannot use: confirming also unlinks it. */
    unlinkChat: z.boolean(),
  }),
  z.object({ name: z.literal("clear.confirm"), studentId: personId, studentName: z.string() }),
  z.object({ name: z.literal("coverage.class"), classes: z.array(z.string()) }),
]);

export type DialogState = z.output<typeof dialogState>;
export type DialogName = DialogState["name"];
export type StateOf<N extends DialogName> = Extract<DialogState, { name: N }>;

/** The stored document: the state plus a step counter that makes buttons of earlier steps stale. */
export const storedDialogDocument = z.object({
  schema: z.literal(DIALOG_SCHEMA_VERSION),
  step: z.number().int().min(1),
  /** When the dialog began: it ends DIALOG_MAX_MINUTES later whatever the activity. */
  startedAt: z.number(),
  state: dialogState,
});

export type DialogDocument = z.output<typeof storedDialogDocument>;

/** States whose inbound text is a secret: the message is deleted and never echoed. */
export const SECRET_INPUT_STATES: ReadonlySet<DialogName> = new Set([
  "setup.password",
  "setup.answer",
  "setup.practice",
  "practice.remind",
  "setup.practiceFix",
  "reset.answer",
  "reset.newPassword",
  "reset.confirmPassword",
  "guided.code",
  "guided.answer",
]);
