import { readdirSync, readFileSync } from "node:fs";
import { GUIDED_RESET_MEANWHILE } from "../../../../src/core/flows/overtaken-by-guided.js";
import { ACCOUNT_GONE_MEANWHILE } from "../../../../src/core/flows/account-gone.js";
import { PASSWORD_NOT_SHOWN } from "../../../../src/core/flows/password-not-shown.js";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALREADY_LINKED_HERE, STAFF_AGAIN_REFUSED, STEP_UP_REFUSED } from "../../../../src/core/audit.js";
import { SUPPORTED_LANGUAGES } from "../../../../src/core/i18n/languages.js";
import { translate } from "../../../../src/core/i18n/translate.js";
import { NEWER_VERSION_NOTE } from "../../../../src/core/flows/answer-check.js";
import {
  ANSWERS_RIGHT_ACCOUNT_CHANGED,
  ANSWERS_RIGHT_SUSPENDED,
  DECOY_REASONS,
} from "../../../../src/core/flows/reset-flow.js";
import {
  GUIDED_ROUTE_WORDS,
  PASSWORD_REJECTION_WORDS,
  RESERVATION_REASON_WORDS,
  reasonText,
} from "../../../../src/core/flows/staff/audit-reasons.js";
import { ADMIN_COMMANDS } from "../../../../src/core/flows/staff/staff-command-names.js";
import {
  DIRECTORY_LOCK_LIFTED_ALREADY,
  SETUP_PAUSE_LIFTED_ALREADY,
  UNLOCK_NOTES,
} from "../../../../src/core/flows/staff/unlock-note.js";
import {
  CODE_RAN_OUT,
  stopNote,
  WRONG_CODES_NOTE,
} from "../../../../src/core/flows/staff/guided-code-end.js";
import { nameLookupNote } from "../../../../src/core/flows/staff/named-in-own-classes.js";
import { ANSWERS_CHANGED_MEANWHILE } from "../../../../src/core/flows/staff/clear-answers.js";
import type { LeaveCause } from "../../../../src/core/flows/flow.js";
import { ALL_COMMANDS } from "../../../../src/core/commands.js";

const CORE = join(import.meta.dirname, "../../../../src/core");

/** Every `audit(ctx, …)` (or `auditWithSave(ctx, …)`) call in the core: its event and the source text of its reason argument. */
function auditCalls(): Array<{ file: string; event: string; reason: string | undefined }> {
  const files = (readdirSync(CORE, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
  const calls: Array<{ file: string; event: string; reason: string | undefined }> = [];
  for (const file of files) {
    const source = readFileSync(join(CORE, file), "utf8");
    // On one line or, formatted, over several: audit(\n  ctx,\n  "unlock", …; or auditWithSave(ctx, …
    for (const call of source.matchAll(/\b(audit|auditWithSave)\(\s*ctx,/g)) {
      const args = topLevelArguments(source, call.index + `${call[1]}(`.length);
      calls.push({ file, event: JSON.parse(args[1] ?? "null") as string, reason: args[4] });
    }
  }
  return calls;
}

/** The arguments of a call, as source text, split at the commas outside brackets and strings. */
function topLevelArguments(source: string, from: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = "";
  for (let i = from; i < source.length; i++) {
    const c = source[i] as string;
    if (quote !== null) {
      current += c;
      if (c === "\\") current += source[++i];
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "`") quote = c;
    if (c === "(" || c === "[" || c === "{") depth++;
    if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) {
        if (current.trim() !== "") args.push(current.trim());
        return args;
      }
      depth--;
    }
    if (c === "," && depth === 0) {
      args.push(current.trim());
      current = "";
    } else current += c;
  }
  throw new Error("an audit call without its closing bracket");
}

const RESERVATIONS = Object.keys(RESERVATION_REASON_WORDS);
/** Every way a guided code's step can be left, as its stop is noted (null: audited as the reset's failure). */
const CAUSES: LeaveCause[] = [
  ...ALL_COMMANDS.map((command): LeaveCause => ({ by: "command", command })),
  { by: "lifetime" },
  { by: "role" },
  { by: "step" },
  { by: "step", note: CODE_RAN_OUT },
  { by: "step", note: WRONG_CODES_NOTE },
];
const CODE_STOPS = CAUSES.flatMap((cause) => stopNote(cause) ?? []);
const ROUTES = Object.keys(GUIDED_ROUTE_WORDS);

/**
 * What a reason argument that is not a plain string can hold. A new audit call whose reason is a variable
 * fails here until its notes are listed (and so get words).
 */
const VARIABLE_REASONS: Record<string, string[]> = {
  'mustChange ? "generated password" : "own password"': ["generated password", "own password"],
  "reservation.reason": RESERVATIONS,
  "error.reason": Object.keys(PASSWORD_REJECTION_WORDS),
  // linkChat's note: only proven(…, "trusted workspace email") passes one.
  reason: ["trusted workspace email"],
  why: ["too many failed tries from one chat", "too many answer checks from one chat"],
  action: ["guided", "unlock", "clear", "clear answers"],
  // A teacher's pupil's name typed for an ID: how many matched, and the action (never the name).
  "nameLookupNote(named.matched, action)": [1, 7].flatMap((count) =>
    ["guided", "unlock", "clear"].map((action) => nameLookupNote(count, action)),
  ),
  "unlockNote(lifted)": [...UNLOCK_NOTES.keys()],
  command: [...ADMIN_COMMANDS],
  '"coverage"': ["coverage"],
  // unlockChat's: whether the chat it was asked to lift was paused, or had anything counted.
  liftNote: ["chat pause lifted", "chat not paused", "chat nothing to lift"],
  NEWER_VERSION_NOTE: [NEWER_VERSION_NOTE],
  GUIDED_RESET_MEANWHILE: [GUIDED_RESET_MEANWHILE],
  ACCOUNT_GONE_MEANWHILE: [ACCOUNT_GONE_MEANWHILE],
  SETUP_PAUSE_LIFTED_ALREADY: [SETUP_PAUSE_LIFTED_ALREADY],
  DIRECTORY_LOCK_LIFTED_ALREADY: [DIRECTORY_LOCK_LIFTED_ALREADY],
  ALREADY_LINKED_HERE: [ALREADY_LINKED_HERE],
  PASSWORD_NOT_SHOWN: [PASSWORD_NOT_SHOWN],
  ANSWERS_CHANGED_MEANWHILE: [ANSWERS_CHANGED_MEANWHILE],
  STEP_UP_REFUSED: [STEP_UP_REFUSED],
  // The staff password step's: a shared phone's, or a staff chat's asked again.
  refusedNote: [STEP_UP_REFUSED, STAFF_AGAIN_REFUSED],
  'unknownVersion ? NEWER_VERSION_NOTE : "practice reminder"': [NEWER_VERSION_NOTE, "practice reminder"],
  'rightAnswersNote ?? state.decoyReason ?? "answers did not match"': [
    ANSWERS_RIGHT_ACCOUNT_CHANGED,
    ANSWERS_RIGHT_SUSPENDED,
    ...DECOY_REASONS,
    "answers did not match",
  ],
  "stop.note": CODE_STOPS,
  outcome: ROUTES.flatMap((route) => [
    route,
    `${route}; the password may have been set: the directory did not answer`,
  ]),
};

/** What a template's `${…}` can hold. */
const TEMPLATE_PARTS: Record<string, string[]> = {
  how: ["generated password", "own password"],
  failures: ["1", "3"],
  successes: ["1", "3"],
  days: ["1", "30"],
  "events.length": ["1", "250"],
  "chatKey(previousChat)": ["telegram:121", "slack:U0123ABCD", "console:local"],
  "reservation.reason": RESERVATIONS,
  "chat.channel": ["telegram", "slack", "console"],
};

function notesOf(reason: string): string[] {
  if (reason in VARIABLE_REASONS) return VARIABLE_REASONS[reason] ?? [];
  if (/^"[^"]*"$/.test(reason)) return [JSON.parse(reason) as string];
  if (/^`[^`]*`$/.test(reason)) {
    let notes = [reason.slice(1, -1)];
    for (const [whole, part] of reason.matchAll(/\$\{([^}]+)\}/g)) {
      const values = TEMPLATE_PARTS[part as string];
      if (values === undefined) throw new Error(`no sample values for \${${part}} in ${reason}`);
      notes = notes.flatMap((note) => values.map((value) => note.replace(whole, value)));
    }
    return notes;
  }
  throw new Error(`a new kind of audit reason: ${reason} (list what it can hold, and give it words)`);
}

const knownNotes = () =>
  auditCalls().flatMap(({ file, event, reason }) =>
    reason === undefined || reason === "undefined"
      ? []
      : notesOf(reason).map((note) => ({ where: `${file} ${event}`, event, note })),
  );

const NAMES = ["telegram", "slack", "console", ...ALL_COMMANDS, "clearanswers"];

const render = (event: string, note: string, language: string): string | null => {
  const words = (text: Parameters<typeof translate>[0]) => translate(text, language);
  const text = reasonText(event, note, words);
  return text === null ? null : words(text);
};

describe("the notes stored with audit events, in the admin's language", () => {
  it("finds the flows' audit calls and every note they can write", () => {
    expect(auditCalls().length).toBeGreaterThanOrEqual(30);
    const notes = new Set(knownNotes().map((n) => n.note));
    for (const note of [
      // Written by calls formatted over several lines.
      "suspension lifted",
      "staff accounts cannot reset by questions",
      "generated password",
      "3 failed tries",
      "was slack:U0123ABCD",
      "interrupted: busy",
      "other-chat",
      "to telegram",
      "/cancel",
      "ran out",
    ])
      expect(notes).toContain(note);
  });

  it.each(SUPPORTED_LANGUAGES)("every note the flows write has words in %s", (language) => {
    for (const { where, event, note } of knownNotes()) {
      const words = render(event, note, language);
      expect(words, `${where}: "${note}"`).not.toBeNull();
      expect(words, `${where}: "${note}"`).not.toMatch(/[{}]/);
      if (language === "zh" || language === "ta") {
        // Only a channel's or a command's name stays in Latin letters (and a chat's key, as the export has it).
        const latin =
          (words ?? "").replace(/\b(telegram|slack|console):\S+/g, "$1").match(/[A-Za-z]+/g) ?? [];
        for (const word of latin) expect(NAMES, `${language} ${where}: "${note}" → ${words}`).toContain(word);
      }
      if (language !== "en") expect(words, `${language} ${where}: "${note}"`).not.toBe(note);
    }
  });

  it("counts with the language's plural: one try, three tries", () => {
    expect(render("reset-suspended", "1 failed tries", "en")).toBe("1 failed try");
    expect(render("reset-suspended", "3 failed tries", "en")).toBe("3 failed tries");
    expect(render("reset-suspended", "3 failed tries", "zh")).toBe("失败 3 次");
    expect(render("guided-reset", "interrupted: busy", "ms")).toBe(
      "terganggu: satu set semula lain sedang berjalan",
    );
  });

  it("a note this version does not know, or one cut short with …, is shown as stored", () => {
    expect(render("reset", "a note from a newer version", "zh")).toBeNull();
    expect(render("guided-reset", "in person; the password may have been set: the dir…", "zh")).toBeNull();
    expect(render("reset", "generated password…", "zh")).toBeNull();
    expect(render("staff-refused", "toString", "zh")).toBeNull();
    expect(render("reset", "interrupted: constructor", "zh")).toBeNull();
  });
});
