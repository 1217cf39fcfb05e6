import { describe, expect, it } from "vitest";
import { en, type MessageKey } from "../../../src/core/i18n/en.js";
import { STAFF_TWINS } from "../../../src/core/i18n/register.js";
import { CATALOGUES, translate } from "../../../src/core/i18n/translate.js";
import { childRegisterWords } from "../../helpers/register-words.js";

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
  // Commands, and paths of the bot's documents (docs/directory.md) with the title of a section of theirs
  // (docs/configuration.md, "The Redis user's ACL"): names, not words.
  return words
    .replace(/\b[a-z]+(\/[\w-]+)+\.md\b([,，]\s*"[^"]*")?/g, " ")
    .replace(/\/sspr [a-z]+/g, " ")
    .replace(/\/[a-z]+/g, " ");
}

/**
 * Latin-script words a Chinese or Tamil message may use: product names, what the reader sees on screen in
 * English anyway (Slack's tab names, a user ID on a card), settings and technical names for the IT admin,
 * and the demo's sample id and password. "Language" stays next to the language button's own word, so that
 * someone stuck in a script they cannot read still finds it.
 */
/** Latin words one message may use (a setting's name, value and command), and no other. */
const LATIN_ALLOWED_IN: Partial<Record<string, string[]>> = {
  // The capitals hint's example: A and a are not the same letter in a password.
  "setup.wrongPassword": ["A", "a"],
  "setup.wrongPasswordResetHere": ["A", "a"],
  // The same example in the answer help of zh and ta: an answer's English letters match in either size.
  "practice.help": ["A", "a"],
  "reset.helpAnswer": ["A", "a"],
  "alert.redis-may-evict": ["maxmemory-policy", "noeviction", "redis", "conf", "CONFIG", "SET"],
  // Redis's refusal of a command, and the ACL of the Redis user the bot logs in as.
  "alert.store-down-noperm-user": ["NOPERM", "ACL"],
  "alert.store-down-noperm-default": ["NOPERM", "ACL"],
  // The export file's line for a full day, by the code it is written with whatever the language.
  "staff.exportReadyNotListed": ["not-listed"],
  // The audit export's command (npm run audit), named in the full audit day's alerts for IT.
  "alert.audit-full": ["audit"],
  "alert.audit-full-all": ["audit"],
  // The audit export that names the chats of a password spray.
  "alert.setup-spray": ["audit"],
  // The audit export that names the chats of an answer spray, and the setting that keeps resets to their own
  // chats.
  "alert.reset-spray": ["audit", "RESET_REQUIRES_LINKED_CHAT", "false", "true"],
  // A spree of made-up IDs only: npm run audit lists the chats that tried.
  "alert.failure-spree": ["audit"],
  // An ID lookup flood: npm run audit lists the chats paused for it.
  "alert.id-lookup-flood": ["audit"],
  // A family phone's /export: npm run audit on the server instead.
  "staff.exportNotOnSharedPhone": ["audit"],
  // The same command, for all of an export a chat's file cut short.
  "staff.exportCapped": ["audit"],
  // The schemes of LDAP_URL, with the port each uses when it names none.
  "alert.directory-fault.tls-wrong-ca": ["ldaps", "ldap"],
};
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
  // Redis's memory setting and the log line's event, named in the store-down alert for IT.
  "maxmemory",
  "store_down",
  // Redis's command and persistence setting, named in the store-emptied alert for IT.
  "FLUSHALL",
  "appendonly",
  // The leavers tool's command and the filter setting, named in the leavers-refused alert for IT.
  "npm",
  "run",
  "leavers",
  "dry-run",
  "force",
  "LDAP_USER_FILTER",
  // The log line named in the directory-setting-not-found alert.
  "directory_setting_not_found",
  // The log lines of admin alerts held back past the cap per kind, named in their summary.
  "alert_held_back",
  "README",
  "Ctrl-D",
  "S1001",
  "Garden-Lamp-21",
  // The example of a chat's name an admin types after /unlock, as alerts and /audit give it.
  "telegram",
  "AUDIT_RETENTION_DAYS",
  "AUDIT_MAX_EVENTS",
  "SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE",
  "ANSWER_PEPPER",
  "ANSWER_PEPPER_PREVIOUS",
  "LDAP_BIND_DN",
  // The directory settings a directory-error alert names when the directory's answer points at them.
  "LDAP_BIND_PASSWORD",
  "LDAP_BASE_DN",
  "LDAP_CLASS_GROUP_BASE_DN",
  "LDAP_TLS_CA_FILE",
  "LDAP_URL",
  "CA",
  // The keys a new password may use: the letters A to Z on a school computer's keyboard.
  "A",
  "Z",
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
    // 请问 is "may I ask" before one's own question: "请问你的班主任帮你" reads as "may I ask your form teacher helps you".
    { use: "问问你的班主任 or 请班主任帮你 (ask someone), not 请问 (may I ask)", not: /请问/ },
  ],
  ms: [
    { use: "set semula (reset)", not: /\breset\b/i },
    { use: "soalan rahsia (secret question)", not: /soalan keselamatan/i },
    // "Tetapan dijeda" read as "settings paused" in /coverage's list of children whose set-up is paused.
    { use: "persediaan (set-up), not tetapan (settings)", not: /tetapan (?:untuk|dijeda)|jeda tetapan/i },
    { use: "sendiri (by themselves)", not: /kendiri/i },
    // A suspension is "ditarik balik"; a pause (of a chat, of set-up) is ended.
    { use: "menamatkan jeda (end a pause), not ditarik balik", not: /jeda[^.]*ditarik balik/i },
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
 * A message said to a child or to staff alike has a staff twin named `<part>.staff<Name>` (chat.staffCancelled,
 * logout.staffDone; see src/core/i18n/register.ts). Admins' alerts and the terminal's start banner are for
 * whoever runs the bot.
 */
function isStaffMessage(key: MessageKey): boolean {
  // Sent to the student's own chat during a teacher's guided reset.
  if (key.endsWith("ForStudent")) return false;
  return (
    /^(staff|guided|coverage|audit|stats|clear|unlock|report|menu\.staff|alert|console\.banner)[.A-Za-z]/.test(
      key,
    ) || /\.staff[A-Z]/.test(key)
  );
}

/**
 * Button labels and the "/" menu's descriptions: what the user says to the bot ("Set up my secret questions",
 * "Send a code to their chat"), not what the bot says to them, so in any register.
 */
const LABEL =
  /^(menu\.(setup|reset|help|language|staff\.\w+)|command\.\w+|common\.cancel|clear\.yes|guided\.(route[A-Z]\w*|confirmYes)|practice\.(check|keep|noThanks)|logout\.(yes|keep)|reset\.(generate|typeOwn)|family\.everyone|slack\.(send|cancel|done|inputLabel|typePrivately|openHomeLink|hideSecret))$/;

/**
 * Messages in the children's register that a teacher or admin never gets, and why; or gets only where the bot
 * cannot tell who writes. Every other message in the children's register fails the test below until it gets
 * a staff twin (src/core/i18n/register.ts) or a line here: a new message that staff may get cannot speak to
 * them as to a child unnoticed.
 */
const CHILDREN_ONLY: { keys: RegExp; why: string }[] = [
  {
    keys: /^(setup|practice|answer|answers|reset|password)\./,
    why: "a student's own set-up, practice round and reset (staff are refused, or their set-up ends at the link)",
  },
  {
    keys: /^(help|help\.inDialog|menu\.welcome|question\.unknown)$/,
    why: "the students' help and menu (staff get theirs)",
  },
  {
    keys: /^input\.(empty(Id|Password|Answer|NewPassword)|idNotKnown|idIsQuestion|helloId)$/,
    why: "the set-up's and the reset's prompts",
  },
  {
    keys: /^console\.maybeSecret$/,
    why: "the terminal's words for input.deletedMaybeSecret (staff have console.staffMaybeSecret)",
  },
  { keys: /^chat\.(cancelled|timedOut)(Linked|Kept|Saved)(Shared)?$/, why: "what a student's set-up leaves" },
  { keys: /^family\./, why: "the students of a family phone" },
  {
    keys: /^notice\.(passwordChanged|unlinkedBy(Teacher|Admin)|answersCleared|unlocked(Reset|ResetLater|Setup|SetupLater)(ByAdmin)?|accountUnlocked(Only)?(ByAdmin)?)$/,
    why: "to a student's own chat",
  },
  { keys: /ForStudent$/, why: "to the student's own chat during a guided reset" },
  {
    keys: /^(console|slack)\.(useButtons|practiceFix|practiceFixBox|practiceKeepOrType|setupHelpQuestion|setupHelloQuestion|setupWelcomeQuestion|practiceReminder|practiceReminderFor|setupAskPassword|setupAskAnswer|practiceAsk|resetAskAnswer|resetAskNewPassword|resetGeneratedBox|resetGenerated|helpChoose)$/,
    why: "the terminal's and Slack's words for the children's (staff have console.staffUseButtons, *.staffGuidedAskAnswer)",
  },
  // Said before the bot can know who writes.
  { keys: /^(chat|slack)\.privateOnly$/, why: "in a group or a Slack channel, where nobody is known" },
  { keys: /^logout\.notLinked$/, why: "the chat is linked to nobody" },
  {
    keys: /^logout\.confirmByEmail$/,
    why: "a trusted email links students only (staff always need their password: logout.staffConfirm)",
  },
  { keys: /^slack\.homeNotLinked$/, why: "the Slack account is linked to nobody" },
  {
    keys: /^slack\.home(SetUp|NotSetUp)$/,
    why: "a student's own secret questions, on the Home tab (staff set up none; theirs leaves the line out)",
  },
];

/** The staff twins whose English and Chinese differ from their original's, and why. */
const TWINS_WITH_THEIR_OWN_WORDS: Record<string, string> = {
  "notice.staffLinkedElsewhere": "a teacher is told to tell the school's IT team, not a teacher",
  "slack.staffDeleteYourMessage": "a teacher who cannot delete a message asks the IT team, not a teacher",
  "slack.staffDeleteYourEdit": "a teacher who cannot delete a message asks the IT team, not a teacher",
  "slack.staffUseSecureFormDelete": "the same",
  "slack.staffProtectedInChat": "a teacher whose new password cannot be shown starts again or asks IT",
  "help.staffInDialog": "a teacher in her own command is not told to ask her form teacher",
  "logout.staffConfirm": "a teacher or admin has no secret answers to keep",
};

describe("the catalogues' own words", () => {
  it.each(["zh", "ta"] as const)(
    "%s uses Latin letters only for names, commands and settings",
    (language) => {
      for (const key of KEYS) {
        const latin = (ownWords(CATALOGUES[language][key]).match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? []).map((w) =>
          w.replace(/-$/, ""),
        );
        const allowed = (word: string) =>
          LATIN_ALLOWED.has(word) || LATIN_ALLOWED_IN[key]?.includes(word) === true;
        for (const word of latin) expect(allowed(word), `${language} ${key}: "${word}"`).toBe(true);
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

  it("ta speaks to teachers and admins as நீங்கள், never with the familiar நீ or its commands", () => {
    // A button named by its exact label, in quotes ("ஆம், நீக்கு"), is what the teacher says, not the bot.
    const labels = KEYS.filter((key) => LABEL.test(key)).map((key) => `"${CATALOGUES.ta[key]}"`);
    const withoutLabels = (text: string) => labels.reduce((rest, label) => rest.replaceAll(label, " "), text);
    for (const key of KEYS) {
      if (isStaffMessage(key) && !LABEL.test(key))
        expect(childRegisterWords("ta", withoutLabels(CATALOGUES.ta[key])), `ta ${key}`).toEqual([]);
    }
  });

  it("a message in the children's register is one staff never get, or has a staff twin", () => {
    const twinned = new Set<string>(Object.keys(STAFF_TWINS));
    const unexplained = KEYS.filter(
      (key) =>
        !isStaffMessage(key) &&
        !LABEL.test(key) &&
        !twinned.has(key) &&
        !CHILDREN_ONLY.some(({ keys }) => keys.test(key)) &&
        (["ms", "ta"] as const).some(
          (language) => childRegisterWords(language, CATALOGUES[language][key]).length > 0,
        ),
    );
    expect(unexplained).toEqual([]);
  });

  it("each staff twin is named after its message, in the adult register, and says the same in English and Chinese", () => {
    for (const [key, twin] of Object.entries(STAFF_TWINS) as [MessageKey, MessageKey][]) {
      const dot = key.lastIndexOf(".");
      const name = key.slice(dot + 1);
      expect(twin).toBe(`${key.slice(0, dot)}.staff${name[0]!.toUpperCase()}${name.slice(1)}`);
      expect(isStaffMessage(twin)).toBe(true);
      if (Object.hasOwn(TWINS_WITH_THEIR_OWN_WORDS, twin)) continue;
      for (const language of ["en", "zh"] as const)
        expect(CATALOGUES[language][twin], `${language} ${twin}`).toBe(CATALOGUES[language][key]);
    }
  });

  it("ta never joins a case ending to the school's account name, which may be any words", () => {
    // "உன் பள்ளிக் கணக்கு-உடன்" is no Tamil: the account is named on its own (உன் {account} ... அரட்டையுடன்).
    for (const key of KEYS) expect(CATALOGUES.ta[key], `ta ${key}`).not.toMatch(/\{account\}-/);
    const linked = translate(
      { key: "setup.linked", params: { name: "Wei Ling", account: "school account" } },
      "ta",
    );
    expect(linked).toContain("உன் பள்ளிக் கணக்கு இப்போது இந்த அரட்டையுடன் இணைந்துள்ளது.");
  });

  it("asks for the user ID without a word of the password, in every language (a child would type it there)", () => {
    const password = { en: /password/i, zh: /密码/, ms: /kata laluan/i, ta: /கடவுச்சொல்/ } as const;
    for (const [language, word] of Object.entries(password)) {
      const asked = translate({ key: "setup.askId", params: { hint: en["setup.loginHint"] } }, language);
      expect(asked, language).not.toMatch(word);
    }
  });

  it("zh and ta say big and small letters only of the English letters an answer may have: their own scripts have none", () => {
    for (const key of ["practice.help", "reset.helpAnswer"] as const) {
      expect(CATALOGUES.zh[key], `zh ${key}`).toContain("如果答案里有英文字母，大小写没关系：A 和 a 一样。");
      expect(CATALOGUES.ta[key], `ta ${key}`).toContain(
        "பதிலில் ஆங்கில எழுத்துகள் இருந்தால், A-யும் a-யும் ஒன்றுதான்.",
      );
      expect(CATALOGUES.ta[key], `ta ${key}`).not.toContain("பெரிய அல்லது சிறிய எழுத்துகள் முக்கியமில்லை");
    }
  });

  it("tells a child to stop with /cancel in every language, as every other message does", () => {
    // Once "Type cancel to stop" in English, and each language's own word (取消, batal, ரத்து) after it.
    for (const language of ["en", "zh", "ms", "ta"]) {
      for (const key of ["input.noBack", "input.staffNoBack"] as const)
        expect(translate({ key }, language), `${language} ${key}`).toContain("/cancel");
      for (const first of ["yes", "no"])
        expect(translate({ key: "reset.noBack", params: { first } }, language), language).toContain(
          "/cancel",
        );
    }
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
      say(
        "coverage.report",
        { class: "4A", total: 1, setUp: 1, missing: "", suspended: "", paused: "", disabled: "", shared: "" },
        "en",
      ),
    ).toContain("Class 4A: 1 student, 1 set up.");
    expect(
      say("stats.report", { classes: "", resets: 1, guided: 2, suspensions: 1, note: "" }, "en"),
    ).toContain("1 self-service reset, 2 guided resets, 1 suspension.");
  });

  it("Tamil puts a counted noun in the singular for 1 (நிகழ்வு, மாணவர்) and the plural otherwise", () => {
    expect(say("staff.exportReady", { days: 1, count: 1 }, "ta")).toContain("1 நிகழ்வு.");
    expect(say("staff.exportReady", { days: 7, count: 2 }, "ta")).toContain("2 நிகழ்வுகள்.");
    const report = (total: number) =>
      say(
        "coverage.report",
        { class: "4A", total, setUp: 0, missing: "", suspended: "", paused: "", disabled: "", shared: "" },
        "ta",
      );
    expect(report(1)).toContain("1 மாணவர்,");
    expect(report(3)).toContain("3 மாணவர்கள்,");
  });

  it("Tamil says the next guided code can go in 1 நிமிடத்தில் and in 5 நிமிடங்களில், never 1 நிமிடங்களில்", () => {
    const limit = (minutes: number) =>
      say("guided.chooseRouteCodesUsedUp", { name: "Wei Ling", minutes }, "ta");
    expect(limit(1)).toContain("சுமார் 1 நிமிடத்தில் அடுத்ததை");
    expect(limit(1)).not.toContain("நிமிடங்களில்");
    expect(limit(5)).toContain("சுமார் 5 நிமிடங்களில் அடுத்ததை");
  });

  it("Tamil says one person has set up (ஒருவர் அமைத்துள்ளார்), never 1 பேர் அமைத்துள்ளனர்", () => {
    const report = (total: number, setUp: number) =>
      say(
        "coverage.report",
        { class: "4A", total, setUp, missing: "", suspended: "", paused: "", disabled: "", shared: "" },
        "ta",
      );
    const line = (total: number, setUp: number) =>
      say("report.classLine", { class: "4A", total, setUp }, "ta");
    expect(report(3, 1)).toContain("வகுப்பு 4A: 3 மாணவர்கள், ஒருவர் அமைத்துள்ளார்.");
    expect(report(3, 2)).toContain("வகுப்பு 4A: 3 மாணவர்கள், 2 பேர் அமைத்துள்ளனர்.");
    expect(line(3, 1)).toBe("4A: 3 பேரில் ஒருவர் அமைத்துள்ளார்");
    expect(line(3, 2)).toBe("4A: 3 பேரில் 2 பேர் அமைத்துள்ளனர்");
    expect(line(1, 1)).toBe("4A: 1 மாணவரில் ஒருவர் அமைத்துள்ளார்");
    const withDisabled = (disabled: number) =>
      say("report.classLineDisabled", { class: "4A", total: 3, setUp: 1, disabled }, "ta");
    expect(withDisabled(1)).toBe("4A: 3 பேரில் ஒருவர் அமைத்துள்ளார், ஒருவர் பள்ளி அடைவில் முடக்கப்பட்டுள்ளார்");
    expect(withDisabled(2)).toBe("4A: 3 பேரில் ஒருவர் அமைத்துள்ளார், 2 பேர் பள்ளி அடைவில் முடக்கப்பட்டுள்ளனர்");
    for (const [total, setUp] of [
      [1, 0],
      [1, 1],
      [2, 1],
    ] as const) {
      expect(report(total, setUp)).not.toMatch(/\b1 பேர/u);
      expect(line(total, setUp)).not.toMatch(/(^|\s)1 பேர/u);
    }
  });

  it("Chinese and Malay have no plural forms: the number alone says it", () => {
    expect(say("staff.exportReady", { days: 1, count: 1 }, "zh")).toContain("共 1 条");
    expect(say("staff.exportReady", { days: 1, count: 1 }, "ms")).toContain("1 peristiwa");
    expect(say("staff.exportReady", { days: 1, count: 5 }, "ms")).toContain("5 peristiwa");
  });
});
