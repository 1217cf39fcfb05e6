import { afterEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

describe("an admin's /export through Slack", () => {
  let world: SlackWorld;
  afterEach(async () => world.close());

  it("is uploaded as a CSV file to the admin's DM (files.getUploadURLExternal, upload, completeUploadExternal)", async () => {
    world = await SlackWorld.create();
    const admin = new SlackKid(world, "U0ADMIN001");
    await admin.command("setup");
    await admin.submitBox("A3001");
    await admin.submitBox("Admin-Desk-2026");
    expect(admin.said).toContain("now linked to your account");

    await admin.command("export");
    const [asked] = world.api.callsTo("files.getUploadURLExternal");
    expect(asked?.args.filename).toMatch(/^audit-\d{4}-\d\d-\d\d-7d\.csv$/);
    const fileId = String(asked?.result.file_id);
    const uploaded = world.api.uploads.get(fileId) ?? "";
    expect(uploaded).toContain("time,event,outcome,actor,subject,channel,reason");
    expect(uploaded).toMatch(/,link,ok,slack:U0ADMIN001,A3001,slack,/);
    expect(uploaded).not.toContain("Admin-Desk-2026");

    const [completed] = world.api.callsTo("files.completeUploadExternal");
    expect(completed?.args.channel_id).toBe(admin.dm);
    expect(String(completed?.args.initial_comment)).toContain(
      "Here is the audit of the last 7 days as a file",
    );
    expect(JSON.stringify(completed?.args.files)).toContain(fileId);
  });
});
