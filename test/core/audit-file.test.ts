import { describe, expect, it } from "vitest";
import RedisMock from "ioredis-mock";
import {
  auditFile,
  eventsOf,
  exportAudit,
  parseSince,
  readAuditSpan,
  unlistedLine,
} from "../../src/core/audit-file.js";
import type { AuditEvent } from "../../src/core/ports/audit-log.js";
import { createRedisStore } from "../../src/store/redis-store.js";

const AT = Date.parse("2026-11-20T08:30:00.000Z");
const events: AuditEvent[] = [
  { at: AT, event: "enrol", actor: "telegram:111", subject: "S1001", channel: "telegram", outcome: "ok" },
  {
    at: AT + 60_000,
    event: "link",
    actor: "slack:U0KID",
    subject: '=HYPERLINK("http://evil","x")',
    channel: "slack",
    outcome: "failed",
    reason: "wrong id or password",
  },
  {
    at: AT + 120_000,
    event: "guided-reset",
    actor: "T2001",
    subject: "s1001",
    channel: "slack",
    outcome: "ok",
  },
];

describe("the audit export file", () => {
  it("CSV: a header, one row per event with an ISO time, and no cell a spreadsheet would run", () => {
    const lines = auditFile(events, "csv").trimEnd().split("\n");
    expect(lines[0]).toBe("time,event,outcome,actor,subject,channel,reason");
    expect(lines[1]).toBe("2026-11-20T08:30:00.000Z,enrol,ok,telegram:111,S1001,telegram,");
    // A typed "id" that looks like a formula is quoted and prefixed so it stays text.
    expect(lines[2]).toBe(
      `2026-11-20T08:31:00.000Z,link,failed,slack:U0KID,"'=HYPERLINK(""http://evil"",""x"")",slack,wrong id or password`,
    );
    expect(lines).toHaveLength(4);
  });

  it("CSV: a cell holding ';' starts no formula in a spreadsheet that splits cells at ';'", () => {
    // Filed by an earlier version from a teacher's refused `/unlock telegram:…` (see security-typed-chat-key).
    const typed: AuditEvent = {
      at: AT,
      event: "unlock",
      actor: "T2001",
      subject: "telegram:1;=cmd|' /C calc'!A0;  +1",
      channel: "telegram",
      outcome: "refused",
      reason: 'teacher;"@SUM(1)',
    };
    const file = auditFile([typed], "csv");
    for (const separators of [";", ",;"]) {
      const cells = spreadsheetCells(file, separators);
      expect(cells.filter((cell) => /^\s*[=+\-@]/.test(cell))).toEqual([]);
    }
    // Split at ',' alone, or at both, the subject is one cell that still reads as typed.
    for (const separators of [",", ",;"])
      expect(spreadsheetCells(file, separators)).toContain("telegram:1;'=cmd|' /C calc'!A0;'  +1");
  });

  it("an event saved with a terminal's control codes in it (before typed text dropped them) prints as plain text", () => {
    const typed: AuditEvent = {
      at: AT,
      event: "staff-refused",
      actor: "T2001",
      subject: "class:\u001b[1A \u001b[2K \u009b2K",
      channel: "telegram",
      outcome: "refused",
      reason: "coverage",
    };
    for (const format of ["csv", "jsonl"] as const) {
      const printed = auditFile([typed], format);
      expect(printed).toContain("class:");
      // Line breaks end its rows; no other control character is left.
      expect(printed.replace(/\n/g, "")).not.toMatch(/\p{Cc}/u);
    }
  });

  it("JSON lines: one object per event with the same fields", () => {
    const lines = auditFile(events, "jsonl").trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l) as unknown)[2]).toEqual({
      time: "2026-11-20T08:32:00.000Z",
      event: "guided-reset",
      outcome: "ok",
      actor: "T2001",
      subject: "s1001",
      channel: "slack",
      reason: "",
    });
  });

  it("--person keeps the events about or by that id, whatever its letter case", () => {
    expect(eventsOf(events, "S1001").map((e) => e.event)).toEqual(["enrol", "guided-reset"]);
    expect(eventsOf(events, "t2001").map((e) => e.event)).toEqual(["guided-reset"]);
  });

  it("--since reads 30m, 12h, 7d, 2w and dates; anything else is refused", () => {
    const now = AT;
    expect(parseSince("7d", now)).toBe(now - 7 * 86_400_000);
    expect(parseSince("12h", now)).toBe(now - 12 * 3_600_000);
    expect(parseSince("30m", now)).toBe(now - 30 * 60_000);
    expect(parseSince("2w", now)).toBe(now - 14 * 86_400_000);
    expect(parseSince("2026-09-01", now)).toBe(Date.parse("2026-09-01"));
    expect(parseSince("last week", now)).toBeNull();
    expect(parseSince("7", now)).toBeNull();
  });

  it("--since reads a date or time without a zone as UTC, like the export's time column, on a server in any zone", () => {
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Singapore";
    try {
      expect(parseSince("2026-09-01", AT)).toBe(Date.parse("2026-09-01T00:00:00Z"));
      expect(parseSince("2026-09-01T08:00", AT)).toBe(Date.parse("2026-09-01T08:00:00Z"));
      expect(parseSince("2026-09-01 08:00", AT)).toBe(Date.parse("2026-09-01T08:00:00Z"));
      // A school's own midnight, given with its offset.
      expect(parseSince("2026-09-01T00:00+08:00", AT)).toBe(Date.parse("2026-08-31T16:00:00Z"));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("--since refuses a day the calendar does not have, instead of moving it into the next month", () => {
    expect(parseSince("2026-02-30", AT)).toBeNull();
    expect(parseSince("2026-13-01", AT)).toBeNull();
    expect(parseSince("2026-09-01T25:00", AT)).toBeNull();
  });

  it("a day whose share was full has a not-listed line at the time it first left one out, also for one person", async () => {
    const store = createRedisStore(new RedisMock(), {
      prefix: `audit-file-full-${Math.random()}:`,
      // A day's share of 10 (300 / 30): attempts are listed up to 9 of them.
      auditMaxEvents: 300,
    });
    await store.appendAudit(events[0]!, { trail: "protected", chat: events[0]!.actor, personId: "S1001" });
    for (let i = 0; i < 11; i++) {
      const attempt: AuditEvent = { ...events[1]!, at: AT + 60_000 + i, actor: `slack:U${i}` };
      await store.appendAudit(attempt, { trail: "attempt", chat: attempt.actor });
    }
    await store.appendAudit(events[2]!, { trail: "protected", chat: "slack:T", personId: "s1001" });
    const rows = (await exportAudit(store, { since: AT, limit: 100, format: "jsonl" }))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, string>);
    expect(rows.map((r) => r.event)).toEqual([
      "enrol",
      ...Array<string>(8).fill("link"),
      "not-listed",
      "guided-reset",
    ]);
    expect(rows[9]).toEqual({
      time: new Date(AT + 60_000 + 8).toISOString(),
      event: "not-listed",
      outcome: "info",
      actor: "-",
      subject: "-",
      channel: "-",
      reason: "link failed × 3: counted, not listed, as the day's share of AUDIT_MAX_EVENTS was full",
    });
    // One person's export keeps the line: her attempts may be among those only counted.
    const hers = await exportAudit(store, { since: AT, limit: 100, personId: "S1001", format: "csv" });
    expect(
      hers
        .trimEnd()
        .split("\n")
        .slice(1)
        .map((l) => l.split(",")[1]),
    ).toEqual(["enrol", "not-listed", "guided-reset"]);
    await store.close();
  });

  it("a not-listed line says why: a full share, one account's link moved too often, or both", () => {
    const day = {
      day: "20261120",
      from: AT,
      counts: [{ event: "relink", outcome: "info" as const, count: 7 }],
    };
    expect(unlistedLine({ ...day, cappedFrom: AT, shareFull: false }).reason).toBe(
      "relink info × 7: counted, not listed, as an account's link moved more than 5 times that day",
    );
    expect(unlistedLine({ ...day, cappedFrom: AT + 1 }).reason).toBe(
      "relink info × 7: counted, not listed, as the day's share of AUDIT_MAX_EVENTS was full and an account's link moved more than 5 times that day",
    );
  });

  it("reads the store's stream since the time asked, oldest first, for one person when asked", async () => {
    const store = createRedisStore(new RedisMock(), {
      prefix: `audit-file-${Math.random()}:`,
      auditMaxEvents: 100,
    });
    for (const event of events) {
      await store.appendAudit(event, { trail: "protected", chat: event.actor, personId: event.subject });
    }
    const since = AT + 30_000;
    const all = await exportAudit(store, { since, limit: 100, format: "jsonl" });
    expect(
      all
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as { event: string }).event),
    ).toEqual(["link", "guided-reset"]);
    const one = await exportAudit(store, { since: AT, limit: 100, personId: "S1001", format: "csv" });
    expect(
      one
        .trimEnd()
        .split("\n")
        .slice(1)
        .map((l) => l.split(",")[1]),
    ).toEqual(["enrol", "guided-reset"]);
    await store.close();
  });

  it("--until ends the span: only events before it, and a not-listed line only for a day that left events out before it", async () => {
    const store = createRedisStore(new RedisMock(), {
      prefix: `audit-file-${Math.random()}:`,
      auditMaxEvents: 100,
    });
    for (const event of events) {
      await store.appendAudit(event, { trail: "protected", chat: event.actor, personId: event.subject });
    }
    const until = AT + 120_000;
    const file = await exportAudit(store, { since: AT, until, limit: 100, format: "jsonl" });
    expect(
      file
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as { event: string }).event),
    ).toEqual(["enrol", "link"]);
    const span = await readAuditSpan(store, { since: AT, until: AT, limit: 100 });
    expect(span).toEqual({ events: [], unlisted: [] });
    await store.close();
  });
});

/**
 * The cells a spreadsheet reads from `file` when it splits cells at any of `separators`: a cell is quoted
 * only when a quote is its first character, as Excel and LibreOffice read a CSV file.
 */
function spreadsheetCells(file: string, separators: string): string[] {
  const cells: string[] = [];
  let at = 0;
  while (at < file.length) {
    let cell = "";
    if (file[at] === '"') {
      at++;
      while (at < file.length && !(file[at] === '"' && file[at + 1] !== '"')) {
        cell += file[at];
        at += file[at] === '"' ? 2 : 1;
      }
      at++;
    }
    while (at < file.length && !separators.includes(file[at]!) && file[at] !== "\n") cell += file[at++];
    cells.push(cell);
    at++;
  }
  return cells;
}
