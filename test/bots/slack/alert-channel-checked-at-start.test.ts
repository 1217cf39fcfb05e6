import { afterEach, describe, expect, it } from "vitest";
import type { FakeSlackApi } from "./fake-slack-api.js";
import { SlackWorld } from "./slack-world.js";

/*
 * A mistyped ADMIN_ALERT_SLACK_CHANNEL, or a private channel the bot was never invited to, showed only at
 * the first alert, perhaps a suspension weeks later: "could not deliver an admin alert to slack:…", the
 * admins having heard nothing meanwhile. The start asks Slack about the channel (conversations.info, which
 * posts nothing) and says at once what is wrong and what to do; the bot still starts, as the bot may be
 * invited after it starts.
 */
let world: SlackWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const events = (event: string) =>
  world!.logs.lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.event === event);
const unreachable = () => events("alert_chat_unreachable");
const unchecked = () => events("alert_chat_unchecked");

async function startWith(channel: string, slack: (api: FakeSlackApi) => void = () => undefined) {
  world = await SlackWorld.create({ ADMIN_ALERT_SLACK_CHANNEL: channel }, { beforeStart: slack });
  return world;
}

describe("the admins' Slack alert channel, at start", () => {
  it("a channel id Slack does not know: one warning that says what to check, and the bot starts", async () => {
    const { api, logs } = await startWith("C0TYPO1234", (slack) => slack.removeChannel("C0TYPO1234"));
    expect(api.callsTo("conversations.info").map((c) => c.args.channel)).toEqual(["C0TYPO1234"]);
    const [warning, ...more] = unreachable();
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ level: 40, chat: "C0TYPO1234", slackError: "channel_not_found" });
    expect(String(warning?.msg)).toContain("ADMIN_ALERT_SLACK_CHANNEL");
    expect(String(warning?.msg)).toMatch(/check the id/i);
    expect(String(warning?.msg)).toContain("/invite");
    expect(unchecked()).toEqual([]);
    expect(logs.text).toContain("Slack channel started");
    // The check posts nothing: the admins' channel sees no test message.
    expect(api.callsTo("chat.postMessage", "chat.postEphemeral", "chat.scheduleMessage")).toEqual([]);
  });

  it("a private channel the bot was not invited to: the warning says to invite it; invited later, alerts arrive", async () => {
    const { api, app } = await startWith("G0ADMINS01", (slack) =>
      slack.setChannel("G0ADMINS01", { isPrivate: true, botIsMember: false }),
    );
    expect(unreachable()).toEqual([
      expect.objectContaining({ chat: "G0ADMINS01", slackError: "channel_not_found" }),
    ]);
    expect(String(unreachable()[0]?.msg)).toMatch(/private.*\/invite/);

    api.setChannel("G0ADMINS01", { isPrivate: true, botIsMember: true });
    app.alerts.raise({ kind: "suspension", subject: "S1001", details: { failures: 5 } });
    await app.alerts.flush();
    expect(api.callsTo("chat.postMessage").map((c) => [c.args.channel, c.result.ok])).toEqual([
      ["G0ADMINS01", true],
    ]);
  });

  it("a public channel the bot is not in: Slack would refuse its alerts (not_in_channel), so it says to invite it", async () => {
    await startWith("C0ITDESK01", (slack) => slack.setChannel("C0ITDESK01", { botIsMember: false }));
    const [warning, ...more] = unreachable();
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ level: 40, chat: "C0ITDESK01", reason: "not_in_channel" });
    expect(String(warning?.msg)).toContain("/invite");
  });

  it("an archived channel: it says so", async () => {
    await startWith("C0OLDDESK1", (slack) => slack.setChannel("C0OLDDESK1", { isArchived: true }));
    expect(unreachable()).toEqual([expect.objectContaining({ chat: "C0OLDDESK1", reason: "is_archived" })]);
    expect(String(unreachable()[0]?.msg)).toMatch(/archived/);
  });

  it("an app installed before the check's scope: one warning naming the scope and the reinstall, not a failure", async () => {
    const { logs } = await startWith("G0ADMINS01", (slack) =>
      slack.lackScope("conversations.info", "groups:read"),
    );
    expect(unreachable()).toEqual([]);
    const [warning, ...more] = unchecked();
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ level: 40, chat: "G0ADMINS01", needed: "groups:read" });
    expect(String(warning?.msg)).toContain("groups:read");
    expect(String(warning?.msg)).toMatch(/reinstall/i);
    expect(String(warning?.msg)).toContain("slack/manifest.yml");
    // Nothing else about it at warn or above: no error line, no stack.
    const loud = logs.lines.filter((l) => /"level":(40|50|60)/.test(l) && l.includes("conversations.info"));
    expect(loud).toEqual([]);
    expect(logs.text).toContain("Slack channel started");
  });

  it("a channel the bot is in: no warning, and nothing posted", async () => {
    const { api } = await startWith("C0ALERTS01");
    expect(api.callsTo("conversations.info")).toHaveLength(1);
    expect(unreachable()).toEqual([]);
    expect(unchecked()).toEqual([]);
    expect(api.callsTo("chat.postMessage")).toEqual([]);
  });

  it("a channel name, which Slack cannot be asked about: one warning to put the channel's id instead", async () => {
    const { api } = await startWith("#it-alerts");
    expect(api.callsTo("conversations.info")).toEqual([]);
    expect(unchecked()).toEqual([expect.objectContaining({ level: 40, chat: "#it-alerts" })]);
    expect(String(unchecked()[0]?.msg)).toMatch(/channel's id/);
  });

  it("no alert channel set: Slack is not asked", async () => {
    world = await SlackWorld.create();
    expect(world.api.callsTo("conversations.info")).toEqual([]);
  });
});
