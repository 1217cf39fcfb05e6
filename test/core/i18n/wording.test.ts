import { describe, expect, it } from "vitest";
import { en, type MessageKey } from "../../../src/core/i18n/en.js";
import { CATALOGUES, translate } from "../../../src/core/i18n/translate.js";

/**
 * The words of the zh, ms and ta catalogues: what a school's correction must keep true (see "Corrections"
 * in docs/languages.md). Written and reviewed by the team, not yet by native-speaker teachers.
 */

const KEYS = Object.keys(en) as MessageKey[];

/**
 * A message without its parameters (plurals and their options, nested at any depth: innermost first) and
 * the commands it names ("/setup", "/sspr help").
 */
function ownWords(message: string): string {
  let words = message;
  for (let before = ""; before !== words;) {
    before = words;
    words = words.replace(/\{[^{}]*\}/g, " ");
  }
  return words.replace(/\/sspr [a-z]+/g, " ").replace(/\/[a-z]+/g, " ");
}

/**
 * Latin-script words a Chinese or Tamil message may use: product names, what the reader sees on screen in
 * English anyway (Slack's tab names, a user ID on a card), settings and technical names for the IT admin,
 * and the demo's sample id and password. "Language" stays next to the language button's own word, so that
 * someone stuck in a script they cannot read still finds it.
 */
const LATIN_ALLOWED = new Set([
  "Telegram",
  "Slack",
  "Home",
  "Messages",
  "Language",
  // Slack's menu item "Delete message" (Slack has no Tamil screens).
  "Delete",
  "message",
  "ID",
  "IT",
  "UTC",
  "LDAP",
  "Redis",
  "README",
  "Ctrl-D",
  "S1001",
  "Garden-Lamp-21",
  "AUDIT_RETENTION_DAYS",
  "AUDIT_MAX_EVENTS",
  "ANSWER_PEPPER",
  "ANSWER_PEPPER_PREVIOUS",
]);

/** English words that once slipped into the Malay catalogue, or would easily: each has a Malay word. */
const ENGLISH_IN_MALAY =
  /\b(reset|password|cancel|please|the|your|you|question|answer|setup|chat|button|teacher|student|code|help)\b/i;

/** One word for one thing in each language: the word used, and the variants it replaced. */
const GLOSSARY: Record<"zh" | "ms" | "ta", { use: string; not: RegExp }[]> = {
  zh: [
    { use: "重设 (reset)", not: /重置/ },
    { use: "秘密问题 (secret question)", not: /安全问题|保密问题/ },
    { use: "取消 (the word to stop)", not: /cancel/ },
  ],
  ms: [
    { use: "set semula (reset)", not: /\breset\b/i },
    { use: "soalan rahsia (secret question)", not: /soalan keselamatan/i },
    { use: "persediaan (set-up), not tetapan (settings)", not: /tetapan untuk/i },
    { use: "sendiri (by themselves)", not: /kendiri/i },
  ],
  ta: [
    { use: "ரகசியக் கேள்வி (secret question)", not: /பாதுகாப்புக் கேள்வி/ },
    { use: "மீட்டமை (reset, for staff and admins)", not: /தானே மாற்ற|சுய மாற்ற|உதவிய மாற்ற|மாற்றங்களும்/ },
    { use: "வேலையாக (busy), not the English loan", not: /பிஸி/ },
    { use: "ரத்து (the word to stop)", not: /cancel/ },
  ],
};

/**
 * Read by teachers and admins: polite "anda" in Malay and நீங்கள் in Tamil (children are "kamu" and நீ).
 * A message said to a child or to staff alike has a staff twin named `<part>.staff<Name>` (setup.staffLinked,
 * logout.staffDone).
 */
function isStaffMessage(key: MessageKey): boolean {
  // Sent to the student's own chat during a teacher's guided reset.
  if (key.endsWith("ForStudent")) return false;
  return (
    /^(staff|guided|coverage|audit|stats|clear|unlock|report|menu\.staff)[.A-Za-z]/.test(key) ||
    /\.staff[A-Z]/.test(key)
  );
}

/** Tamil's familiar "you" (நீ, உன், உனக்கு, உன்னை...), as a word of its own: never said to staff. */
const TAMIL_FAMILIAR_YOU = /(^|[\s(“"'])(நீ|உன்|உன்னை|உனக்கு|உன்னுடன்|உன்னுடைய|உன்னால்)(?=[\s,.!?)”"']|$)/u;

describe("the catalogues' own words", () => {
  it.each(["zh", "ta"] as const)(
    "%s uses Latin letters only for names, commands and settings",
    (language) => {
      for (const key of KEYS) {
        const latin = (ownWords(CATALOGUES[language][key]).match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? []).map((w) =>
          w.replace(/-$/, ""),
        );
        for (const word of latin) expect(LATIN_ALLOWED.has(word), `${language} ${key}: "${word}"`).toBe(true);
      }
    },
  );

  it("ms has no English word where a Malay one exists", () => {
    for (const key of KEYS) {
      const words = ownWords(CATALOGUES.ms[key]).replace(/\b(Home|Messages|Language)\b/g, " ");
      expect(words, `ms ${key}`).not.toMatch(ENGLISH_IN_MALAY);
    }
  });

  it.each(Object.entries(GLOSSARY))("%s: one word for one thing in every message", (language, terms) => {
    for (const key of KEYS) {
      const words = ownWords(CATALOGUES[language as keyof typeof GLOSSARY][key]);
      for (const term of terms) expect(words, `${language} ${key}: use ${term.use}`).not.toMatch(term.not);
    }
  });

  it("ms speaks to teachers and admins as anda, to children as kamu", () => {
    for (const key of KEYS) {
      const words = CATALOGUES.ms[key];
      if (isStaffMessage(key)) expect(words, `ms ${key}`).not.toMatch(/\bkamu\b/i);
      else expect(words, `ms ${key}`).not.toMatch(/\banda\b/i);
    }
  });

  it("ta speaks to teachers and admins as நீங்கள், never with the familiar நீ", () => {
    for (const key of KEYS) {
      if (isStaffMessage(key)) expect(CATALOGUES.ta[key], `ta ${key}`).not.toMatch(TAMIL_FAMILIAR_YOU);
    }
  });

  it("tells a child to stop with the plain word that works in their language", () => {
    expect(translate({ key: "input.noBack" }, "zh")).toContain("取消");
    expect(translate({ key: "input.noBack" }, "ms")).toContain("batal");
    expect(translate({ key: "input.noBack" }, "ta")).toContain("ரத்து");
  });
});

describe("counts in words (ICU plural)", () => {
  const say = (key: MessageKey, params: Record<string, string | number>, language: string) =>
    translate({ key, params }, language);

  it("English says 1 event and 2 events, 1 day and 30 days", () => {
    expect(say("staff.exportReady", { days: 1, count: 1 }, "en")).toContain(
      "the last 1 day as a file: 1 event.",
    );
    expect(say("staff.exportReady", { days: 30, count: 2 }, "en")).toContain(
      "the last 30 days as a file: 2 events.",
    );
    expect(say("reset.capped", { max: 1, days: 1 }, "en")).toContain(
      "made 1 new password in the last 1 day.",
    );
    expect(
      say("coverage.report", { class: "4A", total: 1, setUp: 1, missing: "", suspended: "" }, "en"),
    ).toContain("Class 4A: 1 student, 1 set up.");
    expect(say("stats.report", { classes: "", resets: 1, guided: 2, suspensions: 1 }, "en")).toContain(
      "1 self-service reset, 2 guided resets, 1 suspension.",
    );
  });

  it("Tamil puts a counted noun in the singular for 1 (நிகழ்வு, மாணவர்) and the plural otherwise", () => {
    expect(say("staff.exportReady", { days: 1, count: 1 }, "ta")).toContain("1 நிகழ்வு.");
    expect(say("staff.exportReady", { days: 7, count: 2 }, "ta")).toContain("2 நிகழ்வுகள்.");
    const report = (total: number) =>
      say("coverage.report", { class: "4A", total, setUp: 0, missing: "", suspended: "" }, "ta");
    expect(report(1)).toContain("1 மாணவர்,");
    expect(report(3)).toContain("3 மாணவர்கள்,");
  });

  it("Chinese and Malay have no plural forms: the number alone says it", () => {
    expect(say("staff.exportReady", { days: 1, count: 1 }, "zh")).toContain("共 1 条");
    expect(say("staff.exportReady", { days: 1, count: 1 }, "ms")).toContain("1 peristiwa");
    expect(say("staff.exportReady", { days: 1, count: 5 }, "ms")).toContain("5 peristiwa");
  });
});
