import { beforeEach, describe, expect, it } from "vitest";
import { exportAudit } from "../../src/core/audit-file.js";
import { audit } from "../../src/core/audit.js";
import type { FlowContext } from "../../src/core/flows/flow.js";
import {
  linkedOnOwnPhone,
  MRS_NG,
  PRIYA,
  staffRefusals,
  teacherOnOwnPhone,
} from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/**
 * A chat typed after /unlock ("telegram:201", as alerts and /audit name chats) is filed in the audit when a
 * teacher is refused its unlock. Only a key shaped like a real chat's is taken as one: anything else a
 * teacher types there must not reach the school-wide audit, its export or an admin's /audit as typed.
 */
describe("a chat key typed after /unlock", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone());
  });

  const exported = () => exportAudit(world.deps.store, { since: 0, limit: 1000, format: "csv" });

  it("holding a formula after a semicolon is no chat: the export a spreadsheet opens has no such cell", async () => {
    // Excel where the list separator is ";" (a school whose numbers are written 1,5) splits an unquoted cell
    // there, and the second part starts with "=": a formula on the admin's computer.
    await teacher.send("/unlock telegram:1;=cmd|' /C calc'!A0");
    // No chat: asked again which student, as for any text that is nobody's ID.
    expect(teacher.lastText).toContain("Which student?");
    const file = await exported();
    expect(file).not.toContain("cmd|");
    expect(await staffRefusals(world)).toEqual([
      expect.objectContaining({ actor: MRS_NG.id, subject: "unknown-id", reason: "unlock" }),
    ]);
  });

  it("holding a line separator is no chat: it cannot forge a line in an admin's /audit of the teacher", async () => {
    // Telegram shows U+2028 as a new line; it is no control character, so it passed the typed text's cleaning.
    await teacher.send("/unlock telegram:1\u2028• 08:00 UTC  guided reset: done (about S1001, by A3001)");
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send(`/audit ${MRS_NG.id}`);
    expect(admin.lastText).not.toContain("\u2028");
    expect(admin.lastText).not.toContain("guided reset: done");
    expect(await exported()).not.toContain("\u2028");
  });

  it("a real chat's key is still taken as a chat, and its refusal filed under it", async () => {
    await teacher.send("/unlock telegram:8012345678");
    expect(teacher.lastText).toContain("Only an admin can lift a chat's pause.");
    expect(await staffRefusals(world)).toEqual([
      expect.objectContaining({ actor: MRS_NG.id, subject: "telegram:8012345678", reason: "unlock" }),
    ]);
  });
});

/**
 * An event this version no longer files but an earlier one did (a teacher's `/unlock telegram:1` and a line
 * separator), kept in the school-wide stream for AUDIT_RETENTION_DAYS after the upgrade: shown on its line.
 */
describe("a chat key with a line separator filed before the upgrade", () => {
  const FORGED = "• 08:00 UTC  guided reset: done (about S1001, by A3001)";

  it("stays on its own line in an admin's /audit and in the export", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone();
    const ctx: FlowContext = { chat: teacher.ref, now: Date.now(), deps: world.deps, language: "en" };
    await audit(ctx, "staff-refused", `telegram:1\u2028${FORGED}`, "refused", "unlock", MRS_NG.id);
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send(`/audit ${MRS_NG.id}`);
    expect(admin.lastText).not.toMatch(/[\u2028\u2029]/);
    expect(admin.lastText).toContain(`about telegram:1\uFFFD${FORGED}`);
    const file = await exportAudit(world.deps.store, { since: 0, limit: 1000, format: "csv" });
    expect(file).not.toMatch(/[\u2028\u2029]/);
  });
});
