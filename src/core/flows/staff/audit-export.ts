import { auditFile } from "../../audit-file.js";
import { audit } from "../../audit.js";
import type { Reply, Text } from "../../messages.js";
import { attemptDay, RELINKS_LISTED_A_DAY, type UnlistedDay } from "../../ports/audit-log.js";
import { words } from "./report-words.js";
import { say, type FlowContext } from "../flow.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_DAYS = 7;
const MAX_DAYS = 90;

/**
 * An admin's /export [days]: the school-wide audit of the last days as a CSV file (ids, events and times;
 * never a secret), sent in the admin's own chat. The export itself is audited.
 */
export async function auditExport(ctx: FlowContext, adminId: string, argument: string): Promise<Reply> {
  // Plain digits only: Number() would also read "0x10" as 16 days and "1e1" as 10.
  const asked = argument === "" ? DEFAULT_DAYS : /^\d+$/.test(argument) ? Number(argument) : NaN;
  if (!Number.isInteger(asked) || asked < 1 || asked > MAX_DAYS) return say("staff.exportDays");
  // The record keeps AUDIT_RETENTION_DAYS: /export 90 of a 30-day record is the last 30 days, and says so.
  const days = Math.min(asked, ctx.deps.store.auditRetentionDays);
  const since = ctx.now - days * DAY_MS;
  // A chat file is for a week or a term (AUDIT_EXPORT_MAX_EVENTS); a larger export is `npm run audit`'s.
  const max = ctx.deps.settings.exportMaxEvents;
  // One more than the cap says whether older events were left out; the newest are kept, never today's dropped.
  const [read, allUnlisted] = await Promise.all([
    ctx.deps.store.auditSince(since, max + 1),
    ctx.deps.store.auditUnlisted(since),
  ]);
  const capped = read.length > max;
  const events = capped ? read.slice(1) : read;
  const from = events[0]?.at ?? since;
  // The days the file still covers, the one it starts in included (its not-listed counts are the whole day's).
  const unlisted = capped ? allUnlisted.filter((d) => d.day >= attemptDay(from)) : allUnlisted;
  await audit(ctx, "audit-exported", "-", "ok", `${days} days: ${events.length} events`, adminId);
  const day = new Date(ctx.now).toISOString().slice(0, 10);
  const notListed = unlisted.reduce((sum, d) => sum + d.counts.reduce((n, c) => n + c.count, 0), 0);
  const ready = say("staff.exportReady", { days, count: events.length });
  const text =
    notListed === 0
      ? ready
      : say("staff.exportReadyNotListed", {
          days,
          count: events.length,
          notListed,
          why: words(ctx, whyNotListed(unlisted)),
        });
  const leftOut = capped ? { since, from, max } : undefined;
  return {
    ...(leftOut === undefined
      ? text
      : say("staff.exportCapped", {
          max,
          from: new Date(from).toISOString().slice(0, 16).replace("T", " "),
          ready: words(ctx, text.text),
        })),
    file: {
      name: `audit-${day}-${days}d.csv`,
      mimeType: "text/csv",
      content: auditFile(events, "csv", unlisted, leftOut),
    },
  };
}

/**
 * Why days left events out, as the file's not-listed lines say: a full share of the record, or one account's
 * link moved more often than the record lists a day (see unlistedLine), or both on different days.
 */
function whyNotListed(unlisted: readonly UnlistedDay[]): Text {
  const full = unlisted.filter((d) => d.shareFull !== false).length;
  const moved = unlisted.filter((d) => d.cappedFrom !== undefined).length;
  const max = RELINKS_LISTED_A_DAY;
  if (moved === 0) return { key: "staff.exportWhyFull", params: { full } };
  if (full === 0) return { key: "staff.exportWhyMoves", params: { moved, max } };
  return { key: "staff.exportWhyBoth", params: { full, moved, max } };
}
