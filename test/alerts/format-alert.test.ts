import { describe, expect, it } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import type { Alert, AlertKind } from "../../src/core/ports/alerts.js";

const AT = Date.UTC(2026, 2, 2, 8, 5, 0);
/** Details that are codes: the alert says them in words instead. */
const CODES = new Set(["route", "during", "reason", "byRole"]);
/** A link-paused alert's kind, as the held-back summary names it in each language. */
const KIND_NAMES: Record<string, string> = {
  en: "“set-up paused”",
  zh: "“暂停设置”",
  ms: "“persediaan dijeda”",
  ta: "“அமைப்பு இடைநிறுத்தம்”",
};

/** One alert of each kind, as the core raises them. */
const SAMPLES: Record<AlertKind, Alert> = {
  suspension: { kind: "suspension", subject: "S1001", details: { failures: 5 } },
  "failure-spree": {
    kind: "failure-spree",
    subject: "school",
    details: { failures: 10, students: 5, minutes: 10 },
  },
  relink: { kind: "relink", subject: "S1002", details: { from: "telegram:555", to: "slack:U9" } },
  "guided-reset": {
    kind: "guided-reset",
    subject: "S1003",
    details: { by: "T2001", byRole: "teacher", route: "code" },
  },
  "directory-error": { kind: "directory-error", subject: "directory", details: { during: "set-password" } },
  "directory-up": { kind: "directory-up", subject: "directory" },
  "store-down": { kind: "store-down", subject: "redis", details: { replica: "bot-7f9c" } },
  "store-up": { kind: "store-up", subject: "redis", details: { replica: "bot-7f9c" } },
  "store-emptied": { kind: "store-emptied", subject: "redis", details: { replica: "bot-7f9c" } },
  "redis-may-evict": {
    kind: "redis-may-evict",
    subject: "redis",
    episode: "volatile-lru",
    details: { replica: "bot-7f9c", policy: "volatile-lru" },
  },
  "directory-setting-not-found": {
    kind: "directory-setting-not-found",
    subject: "LDAP_TEACHER_GROUP_DN",
    details: { setting: "LDAP_TEACHER_GROUP_DN" },
  },
  "leavers-refused": { kind: "leavers-refused", subject: "leavers", details: { missing: 120, checked: 500 } },
  "directory-lock-lifted": {
    kind: "directory-lock-lifted",
    subject: "S1002",
    details: { by: "T2001", byRole: "teacher" },
  },
  "setup-pause-lifted": {
    kind: "setup-pause-lifted",
    subject: "S1002",
    details: { by: "T2001", byRole: "teacher" },
  },
  "staff-question-reset": {
    kind: "staff-question-reset",
    subject: "T2001",
    details: { chat: "telegram:555" },
  },
  "chat-throttled": {
    kind: "chat-throttled",
    subject: "telegram:555",
    details: { failures: 10, reason: "failures" },
  },
  "staff-chat-throttled": {
    kind: "staff-chat-throttled",
    subject: "telegram:201",
    details: { failures: 30, reason: "answerChecks", staff: "T2001" },
  },
  "link-paused": {
    kind: "link-paused",
    subject: "S1002",
    details: { failures: 3, chats: "telegram:555, slack:U9" },
  },
  "staff-password-paused": {
    kind: "staff-password-paused",
    subject: "T2001",
    details: { failures: 3, chat: "telegram:555", minutes: 60 },
  },
  "staff-password-pause-lifted": {
    kind: "staff-password-pause-lifted",
    subject: "T2001",
    details: { by: "A3001", byRole: "admin", chat: "telegram:555" },
  },
  "answer-check-flood": {
    kind: "answer-check-flood",
    subject: "school",
    details: { checks: 600, perMinute: 600 },
  },
  "setup-spray": {
    kind: "setup-spray",
    subject: "school",
    details: { notLinked: 12, linked: 1, hours: 24 },
  },
  "reset-spray": {
    kind: "reset-spray",
    subject: "school",
    details: { notReset: 12, reset: 1, hours: 24 },
  },
  "id-lookup-flood": {
    kind: "id-lookup-flood",
    subject: "school",
    details: { lookups: 300, perMinute: 300 },
  },
  "audit-full": {
    kind: "audit-full",
    subject: "audit",
    details: { day: "2026-03-02", left: "attempts" },
  },
  "password-maybe-set": { kind: "password-maybe-set", subject: "S1001" },
  "password-not-shown": { kind: "password-not-shown", subject: "S1001", details: { channel: "Telegram" } },
  "reset-not-recorded": { kind: "reset-not-recorded", subject: "S1001" },
  "unknown-pepper": { kind: "unknown-pepper", subject: "a1b2c3" },
  "alerts-held-back": {
    kind: "alerts-held-back",
    subject: "link-paused",
    details: { heldBack: 45, max: 5, minutes: 15, from: "07:45", to: "08:00" },
  },
};

describe("formatAlert", () => {
  it("names the chats that caused a set-up pause", () => {
    expect(formatAlert(SAMPLES["link-paused"], AT)).toContain("(from telegram:555, slack:U9)");
  });

  it.each(["en", "zh", "ms", "ta"])(
    "%s: a set-up pause of a linked ID names the chat holding the link, since when, and the commands to use",
    (language) => {
      const held = (details: Record<string, string | number>) =>
        formatAlert(
          { ...SAMPLES["link-paused"], details: { ...SAMPLES["link-paused"].details, ...details } },
          AT,
          language,
        );
      const since = held({ linked: "telegram:777", linkedSince: "2026-02-27 07:40" });
      for (const fact of [
        "telegram:777",
        "2026-02-27 07:40",
        "/clearanswers S1002",
        "/unlock S1002",
        "/setup",
      ])
        expect(since).toContain(fact);
      const sinceUnknown = held({ linked: "telegram:777" });
      expect(sinceUnknown).toContain("telegram:777");
      expect(sinceUnknown).toContain("/clearanswers S1002");
      expect(sinceUnknown).not.toContain("?");
      // An ID nobody links: no word of a link, nor of its remedy.
      expect(formatAlert(SAMPLES["link-paused"], AT, language)).not.toContain("/clearanswers");
    },
  );

  it("says what happened, to whom, when and what to do, for the suspension", () => {
    expect(formatAlert(SAMPLES.suspension, AT)).toBe(
      "Password bot alert (2026-03-02 08:05 UTC): Self-service reset suspended for S1001 after 5 failed " +
        "tries. A teacher can lift it with /unlock S1001 once they have checked it was the student.",
    );
  });

  it.each(Object.values(SAMPLES))("writes a $kind alert in plain words with its facts", (alert) => {
    const text = formatAlert(alert, AT);
    expect(text).toMatch(/^Password bot alert \(2026-03-02 08:05 UTC\): [A-Z]/);
    // A held-back summary's subject is a kind, which it names in words.
    if (alert.kind !== "failure-spree" && !/^(directory|store|redis)-|^alerts-held-back$/.test(alert.kind))
      expect(text).toContain(alert.subject);
    for (const [name, fact] of Object.entries(alert.details ?? {}))
      if (!CODES.has(name)) expect(text).toContain(String(fact));
    expect(text).not.toContain("?");
    expect(text).not.toMatch(/undefined|\[object/);
    expect(text.split("\n")).toHaveLength(1);
  });

  it("a spree of made-up IDs only says no student's account was tried, and where the chats are listed", () => {
    const text = formatAlert(SAMPLES["failure-spree"], AT);
    expect(text).toContain("No student's account was among them: every ID tried matches nobody.");
    expect(text).toContain("npm run audit (or /export) lists the chats that tried.");
    expect(text).not.toContain("/stats");
    for (const language of ["zh", "ms", "ta"])
      expect(
        formatAlert(
          {
            ...SAMPLES["failure-spree"],
            details: { failures: 10, students: 5, minutes: 10, ids: "S1001, S1002" },
          },
          AT,
          language,
        ),
      ).toContain("/audit S1001");
  });

  it("an ID lookup flood names both commands it holds back, and where the chats are listed (the audit, not /stats)", () => {
    for (const language of ["en", "zh", "ms", "ta"]) {
      const text = formatAlert(SAMPLES["id-lookup-flood"], AT, language);
      expect(text).toContain("npm run audit");
      expect(text).not.toContain("/stats");
      // The typed-ID reset pays the same lookups, and is told the same.
      expect(text).toContain("/setup");
      expect(text).toContain("/reset");
    }
  });

  it("tells the admins how many failures across how many students made the spree", () => {
    expect(formatAlert(SAMPLES["failure-spree"], AT)).toContain(
      "10 failed tries against at least 5 students within 10 minutes",
    );
  });

  it("counts a flapping Redis's short losses in plain English, once or many times", () => {
    const up = (outages: number) =>
      formatAlert({ ...SAMPLES["store-up"], details: { replica: "bot-7f9c", outages } }, AT);
    const down = (outages: number) =>
      formatAlert({ ...SAMPLES["store-down"], details: { replica: "bot-7f9c", outages } }, AT);
    expect(up(1)).toContain("lost it once for a short while");
    expect(up(3)).toContain("lost it 3 times for a short while");
    expect(down(1)).toContain("also lost it once for a short while");
    expect(down(4)).toContain("also lost it 4 times for a short while");
  });

  it.each(["en", "zh", "ms", "ta"])(
    "a store-up after Redis came back empty says what to do in %s, not that there is nothing to do",
    (language) => {
      const plain = formatAlert(SAMPLES["store-up"], AT, language);
      const emptied = formatAlert(
        { ...SAMPLES["store-up"], details: { replica: "bot-7f9c", emptied: "yes" } },
        AT,
        language,
      );
      expect(emptied).not.toBe(plain);
      expect(emptied).toContain("bot-7f9c");
      expect(emptied).toContain("/setup");
      expect(emptied).toContain("appendonly");
    },
  );

  it.each(Object.values(SAMPLES))("prints no secret put in a $kind alert's details by mistake", (alert) => {
    const secrets = {
      password: "Garden-Lamp-21",
      newPassword: "Mango-Tiger-47",
      answer: "Chicken rice",
      oneTimeCode: "834221",
      token: "123456:SECRET-TOKEN",
      answerHash: "$argon2id$v=19$abc",
    };
    const text = formatAlert({ ...alert, details: { ...alert.details, ...secrets } }, AT);
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
    expect(text).toBe(formatAlert(alert, AT));
  });

  it("keeps an odd id on one line and short", () => {
    const text = formatAlert(
      { kind: "suspension", subject: "S1\n\nFAKE: all clear", details: { failures: 5 } },
      AT,
    );
    expect(text.split("\n")).toHaveLength(1);
    const long = formatAlert({ kind: "relink", subject: "x".repeat(5_000), details: {} }, AT);
    expect(long.length).toBeLessThan(1_000);
  });

  it("shows a line separator or an invisible mark in an id as �, so no made-up line or reversed text reaches the admin", () => {
    // Telegram shows U+2028 as a new line; U+202E prints what follows right to left (S1001 as 1001S).
    const text = formatAlert(
      {
        kind: "relink",
        subject: "S1\u2028Password bot alert: all clear\u2029\u202E1001S\u200B",
        details: { from: "telegram:1\u2028x", to: "telegram:2\u2066" },
      },
      AT,
    );
    expect(text).toContain("S1�Password bot alert: all clear��1001S�");
    expect(text).toContain("telegram:1�x");
    expect(text).toContain("telegram:2�");
    expect(text).not.toMatch(/[\p{Cf}\p{Zl}\p{Zp}]/u);
  });
});

describe("formatAlert in the school's language", () => {
  it("says a full audit day keeps what it holds, which events it only counts, and what to do, in each language", () => {
    const attempts = (language: string) => formatAlert(SAMPLES["audit-full"], AT, language);
    const all = (language: string) =>
      formatAlert({ ...SAMPLES["audit-full"], details: { day: "2026-03-02", left: "all" } }, AT, language);
    expect(attempts("en")).toContain(
      "The audit record for 2026-03-02 (UTC) reached 90% of its share of AUDIT_MAX_EVENTS. Until that day " +
        "ends, more attempts (wrong passwords, failed resets, refused staff commands) are only counted",
    );
    expect(all("en")).toContain("The audit record for 2026-03-02 (UTC) is full.");
    for (const language of ["en", "ms", "ta", "zh"]) {
      for (const text of [attempts(language), all(language)]) {
        expect(text).toContain("2026-03-02");
        expect(text).toContain("npm run audit");
        expect(text).toContain("AUDIT_MAX_EVENTS");
      }
      expect(attempts(language)).not.toBe(all(language));
    }
  });

  it("tells the admins who lifted a directory lock, and why it matters, in each language", () => {
    const said = (language: string) => formatAlert(SAMPLES["directory-lock-lifted"], AT, language);
    expect(said("en")).toBe(
      "Password bot alert (2026-03-02 08:05 UTC): A teacher (T2001) used /unlock on S1002, whose account " +
        "the school directory had locked after too many wrong passwords. Someone may have been guessing the " +
        "password: check with S1002, and look at the directory's failed logins for that account.",
    );
    for (const language of ["ms", "ta", "zh"]) {
      expect(said(language)).toContain("T2001");
      expect(said(language)).toContain("/unlock");
      expect(said(language)).not.toContain("A teacher");
    }
  });

  it("joins a Chinese alert's sentences as Chinese is written: no space after 。", () => {
    const storeDown: Alert = {
      kind: "store-down",
      subject: "store",
      details: { host: "bot-1", redisError: "WRONGPASS", outages: 2 },
    };
    const directory: Alert = {
      kind: "directory-error",
      subject: "directory",
      details: { during: "login-check", fault: "base-dn-missing" },
    };
    for (const alert of [storeDown, directory]) {
      const zh = formatAlert(alert, AT, "zh");
      expect(zh).toMatch(/。\S/u);
      expect(zh).not.toMatch(/。 /u);
      // Other languages keep their space between sentences.
      expect(formatAlert(alert, AT, "en")).toMatch(/\. \S/u);
    }
  });

  it("tells the admins that the directory answers again, in each language", () => {
    const said = (language: string) => formatAlert(SAMPLES["directory-up"], AT, language);
    expect(said("en")).toBe(
      "Password bot alert (2026-03-02 08:05 UTC): The school directory answers again, so students can " +
        "reset their passwords again. Nothing to do, unless students still say it does not work.",
    );
    expect(said("ms")).toContain("Direktori sekolah menjawab semula");
    expect(said("ta")).toContain("பள்ளி அடைவு மீண்டும் பதிலளிக்கிறது");
    expect(said("zh")).toContain("学校目录又有回应了");
  });

  it.each(["zh", "ms", "ta"])(
    "writes every kind in %s with its facts, never an English sentence",
    (language) => {
      for (const alert of Object.values(SAMPLES)) {
        const text = formatAlert(alert, AT, language);
        expect(text).toContain("2026-03-02 08:05 UTC");
        expect(text).not.toContain("Password bot alert");
        if (!["school", "directory", "audit", "redis", "link-paused"].includes(alert.subject)) {
          expect(text).toContain(alert.subject);
        }
      }
    },
  );

  it.each(["en", "zh", "ms", "ta"])(
    "%s: no alert's own words hold Slack markup (the Slack sink escapes every & < >)",
    (language) => {
      for (const alert of Object.values(SAMPLES)) {
        expect(formatAlert(alert, AT, language)).not.toMatch(/[&<>]/);
      }
    },
  );

  it.each(["en", "zh", "ms", "ta"])(
    "%s: a route, the directory's work and a limit are said in words, never as their codes",
    (language) => {
      const said = [
        ...(["code", "questions", "in-person", "in-person-unlinked"] as const).map((route) =>
          formatAlert(
            { kind: "guided-reset", subject: "S1003", details: { by: "T2001", route } },
            AT,
            language,
          ),
        ),
        ...(["set-password", "login-check"] as const).map((during) =>
          formatAlert({ kind: "directory-error", subject: "directory", details: { during } }, AT, language),
        ),
        ...(["failures", "answerChecks"] as const).map((reason) =>
          formatAlert(
            { kind: "chat-throttled", subject: "telegram:5", details: { failures: 3, reason } },
            AT,
            language,
          ),
        ),
      ];
      expect(new Set(said).size).toBe(said.length);
      for (const text of said) expect(text).not.toMatch(/in-person|set-password|login-check|answerChecks/);
    },
  );

  it("a directory error outside a known step names the error; an unknown code is printed as it is", () => {
    const error = {
      kind: "directory-error",
      subject: "directory",
      details: { error: "connect ECONNREFUSED" },
    };
    expect(formatAlert(error as Alert, AT)).toContain("(connect ECONNREFUSED)");
    const odd = { kind: "guided-reset", subject: "S1", details: { by: "T1", route: "constructor" } };
    expect(formatAlert(odd as Alert, AT)).toContain("(route: constructor)");
  });

  it("names who did a guided reset by their role: a teacher, or an admin", () => {
    const byAdmin: Alert = {
      kind: "guided-reset",
      subject: "S1003",
      details: { by: "A3001", byRole: "admin", route: "in-person" },
    };
    expect(formatAlert(byAdmin, AT)).toContain(
      "An admin (A3001) reset the password of S1003 (route: checked in person).",
    );
    expect(formatAlert(SAMPLES["guided-reset"], AT)).toContain(
      "A teacher (T2001) reset the password of S1003",
    );
    expect(formatAlert(byAdmin, AT, "zh")).toContain("一位管理员（A3001）");
    expect(formatAlert(SAMPLES["guided-reset"], AT, "zh")).toContain("一位老师（T2001）");
    // Raised by an older replica, without the role: a teacher, as it always said.
    const older = { kind: "guided-reset", subject: "S1", details: { by: "T1", route: "code" } } as const;
    expect(formatAlert(older, AT)).toContain("A teacher (T1) reset the password of S1");
  });

  it.each(["en", "zh", "ms", "ta"])(
    "%s: sums up held-back alerts with how many, which kind, when, the cap and where to look",
    (language) => {
      const text = formatAlert(SAMPLES["alerts-held-back"], AT, language);
      for (const fact of ["45", KIND_NAMES[language], "07:45", "08:00", "15", "alert_held_back", "/audit"])
        expect(text).toContain(fact);
      expect(text).toMatch(/\b5\b/);
    },
  );

  it.each(["en", "zh", "ms", "ta"])(
    "%s: names the kind of held-back alerts in words, never by its code",
    (language) => {
      const names = new Set<string>();
      for (const kind of Object.keys(SAMPLES) as AlertKind[]) {
        const text = formatAlert({ ...SAMPLES["alerts-held-back"], subject: kind }, AT, language);
        expect(text).not.toContain(kind);
        names.add(text);
      }
      // Each kind its own name.
      expect(names.size).toBe(Object.keys(SAMPLES).length);
    },
  );

  it("names a kind this version does not know (a newer replica's) as it is", () => {
    const newer = { ...SAMPLES["alerts-held-back"], subject: "moon-landing" };
    expect(formatAlert(newer, AT)).toContain("45 more “moon-landing” alerts were not sent here");
  });

  it("says one held-back alert, or many, in good English", () => {
    const one = {
      ...SAMPLES["alerts-held-back"],
      details: { heldBack: 1, max: 1, perSubject: 1, minutes: 1, from: "a", to: "b" },
    };
    expect(formatAlert(one, AT)).toContain(
      "From a to b UTC, 1 more “set-up paused” alert was not sent here: in 1 minute the bot sends alerts of one kind about at most 1 ID or chat, and at most 1 alert about each,",
    );
    // Without the quota per subject (an older replica's summary): the default.
    expect(formatAlert(SAMPLES["alerts-held-back"], AT)).toContain(
      "From 07:45 to 08:00 UTC, 45 more “set-up paused” alerts were not sent here: in 15 minutes the bot sends alerts of one kind about at most 5 different IDs or chats, and at most 3 alerts about each,",
    );
  });

  it("says which limit paused a chat, in words", () => {
    const answers = {
      kind: "chat-throttled",
      subject: "telegram:555",
      details: { failures: 30, reason: "answerChecks" },
    } as const;
    expect(formatAlert(answers, AT)).toContain("after 30 answer checks");
    expect(formatAlert(answers, AT, "zh")).toContain("答案检查");
  });
  it.each(["en", "zh", "ms", "ta"])(
    "names the directory settings to check when the directory's answer points at them (%s)",
    (language) => {
      const refused = formatAlert(
        {
          kind: "directory-error",
          subject: "directory",
          details: { during: "login-check", fault: "service-login-refused" },
        },
        AT,
        language,
      );
      expect(refused).toContain("LDAP_BIND_DN");
      expect(refused).toContain("LDAP_BIND_PASSWORD");
      const missing = formatAlert(
        { kind: "directory-error", subject: "directory", details: { error: "x", fault: "base-dn-missing" } },
        AT,
        language,
      );
      expect(missing).toContain("LDAP_BASE_DN");
      const tls = (fault: string) =>
        formatAlert(
          { kind: "directory-error", subject: "directory", details: { during: "login-check", fault } },
          AT,
          language,
        );
      expect(tls("tls-untrusted")).toContain("LDAP_TLS_CA_FILE");
      // Set, but another CA's, or LDAP_URL reaches another server: the file and LDAP_URL to check.
      expect(tls("tls-wrong-ca")).toContain("LDAP_TLS_CA_FILE");
      expect(tls("tls-wrong-ca")).toContain("LDAP_URL");
      expect(tls("tls-wrong-ca")).toContain("636");
      expect(tls("tls-wrong-ca")).not.toBe(tls("tls-untrusted"));
      expect(tls("tls-name-mismatch")).toContain("LDAP_URL");
      expect(tls("tls-expired")).not.toBe(tls("unknown-fault"));
      // A fault that is no known code adds nothing.
      const odd = {
        kind: "directory-error",
        subject: "directory",
        details: { during: "login-check", fault: "LDAP_X" },
      } as const;
      expect(formatAlert(odd, AT, language)).not.toContain("LDAP_X");
    },
  );
});
