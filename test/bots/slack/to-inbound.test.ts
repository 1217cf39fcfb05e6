import { describe, expect, it } from "vitest";
import { fromBlockAction, fromMessageEvent, fromSlashCommand } from "../../../src/bots/slack/to-inbound.js";

const command = (text: string, channel_id = "D0KID00001") => ({
  user_id: "U0KID00001",
  channel_id,
  trigger_id: "1.2.abc",
  text,
});

describe("Slack input as the core sees it", () => {
  it("/sspr <word> <rest> is the core's /<word> <rest>; a bare /sspr is /start", () => {
    const text = (t: string) => {
      const input = fromSlashCommand(command(t));
      return input.kind === "interaction" ? input.inbound.text : input.kind;
    };
    expect(text("")).toBe("/start");
    expect(text("  reset ")).toBe("/reset");
    expect(text("coverage  4A")).toBe("/coverage 4A");
    const input = fromSlashCommand(command("setup"));
    expect(input).toMatchObject({
      kind: "interaction",
      inbound: {
        channel: "slack",
        chatUserId: "U0KID00001",
        secretsAllowed: false,
        updateId: "trigger:1.2.abc",
      },
    });
  });

  it("a command or message outside a DM is not read", () => {
    expect(fromSlashCommand(command("reset", "C0GENERAL1"))).toEqual({
      kind: "notPrivate",
      userId: "U0KID00001",
      channelId: "C0GENERAL1",
    });
    expect(fromSlashCommand(command("reset", "G0GROUPDM1")).kind).toBe("notPrivate");
  });

  it("edits, bots' messages and malformed events are not input; a DM is, with secrets refused", () => {
    const event = (e: Record<string, unknown>) =>
      fromMessageEvent({
        event_id: "Ev1",
        event: { type: "message", channel: "D1", channel_type: "im", ts: "1.1", user: "U1", ...e },
      });
    expect(event({ subtype: "message_changed" }).kind).toBe("ignored");
    expect(event({ bot_id: "B1" }).kind).toBe("ignored");
    expect(fromMessageEvent({ event: {} }).kind).toBe("ignored");
    expect(event({ text: "hi" })).toMatchObject({
      kind: "message",
      inbound: { text: "hi", updateId: "event:Ev1", secretsAllowed: false, isPrivate: true },
    });
    const file = event({ subtype: "file_share", text: "a caption" });
    expect(file.kind === "message" && "text" in file.inbound).toBe(false);
  });

  it("a file's words are never read, only noted: its message text, an older client's initial comment", () => {
    const event = (e: Record<string, unknown>) => {
      const input = fromMessageEvent({
        event_id: "Ev1",
        event: { type: "message", channel: "D1", channel_type: "im", ts: "1.1", user: "U1", ...e },
      });
      if (input.kind !== "message") throw new Error(input.kind);
      return { read: input.inbound.text, file: input.file };
    };
    const files = [{ id: "F1", name: "photo.jpg" }];
    expect(event({ subtype: "file_share", files, text: "Garden-Lamp-21" })).toEqual({
      read: undefined,
      file: { captionWords: "Garden-Lamp-21" },
    });
    // A message that carries files without the subtype is a file all the same.
    expect(event({ files, text: "Garden-Lamp-21" })).toEqual({
      read: undefined,
      file: { captionWords: "Garden-Lamp-21" },
    });
    expect(
      event({
        subtype: "file_share",
        text: "",
        files: [{ id: "F1", initial_comment: { comment: "Tiger" } }],
      }),
    ).toEqual({ read: undefined, file: { captionWords: "Tiger" } });
    // A file with no words is still a file; Slack's links and mentions are not the student's words.
    expect(event({ subtype: "file_share", files, text: " " })).toEqual({
      read: undefined,
      file: { captionWords: "" },
    });
    expect(event({ subtype: "file_share", files, text: "<https://a.example/x1y2z3w4|a.example>" })).toEqual({
      read: undefined,
      file: { captionWords: "" },
    });
    expect(event({ text: "hi" })).toEqual({ read: "hi", file: undefined });
  });

  it("a DM event (channel_type im) from a conversation that is not a DM is dropped, not answered there", () => {
    // Real Slack sends message.im only with a DM's id (D…): anything else is forged or broken.
    const im = (channel: string) =>
      fromMessageEvent({
        event_id: "Ev1",
        event: { type: "message", channel, channel_type: "im", ts: "1.1", user: "U1", text: "hi" },
      });
    expect(im("C0GENERAL1")).toEqual({
      kind: "ignored",
      reason: "a DM event from a conversation that is not a DM",
    });
    expect(im("G0GROUPDM1").kind).toBe("ignored");
    expect(im("D0KID00001").kind).toBe("message");
  });

  it("a 'Type it privately' button naming a text the bot does not have is dropped", () => {
    const press = (value: string) =>
      fromBlockAction({
        type: "block_actions",
        user: { id: "U1" },
        trigger_id: "t",
        container: { type: "message", channel_id: "D1" },
        actions: [{ action_id: "sspr_secret_box", value }],
      });
    expect(press(JSON.stringify({ step: 3, prompt: { key: "setup.askPassword" } })).kind).toBe("secretBox");
    expect(press(JSON.stringify({ step: 3, prompt: { key: "toString" } })).kind).toBe("ignored");
    expect(press("not json").kind).toBe("ignored");
  });

  it("a choice pressed in a DM message brings that message, so its buttons can go; an ephemeral or a box's does not", () => {
    const blocks = [{ type: "section", text: { type: "plain_text", text: "Choose question 1 of 3." } }];
    const press = (container: Record<string, unknown>) =>
      fromBlockAction({
        type: "block_actions",
        user: { id: "U1" },
        trigger_id: "t",
        container,
        message: { ts: "1.2", text: "Choose question 1 of 3.", blocks },
        actions: [
          { action_id: "sspr_choice:0", value: "3:animal", text: { type: "plain_text", text: "Animal?" } },
        ],
      });
    const inDm = press({ type: "message", channel_id: "D1", message_ts: "1.2", is_ephemeral: false });
    expect(inDm).toMatchObject({
      kind: "interaction",
      pressed: { channelId: "D1", ts: "1.2", text: "Choose question 1 of 3.", blocks, label: "Animal?" },
    });
    const ephemeral = press({ type: "message", channel_id: "D1", message_ts: "1.2", is_ephemeral: true });
    expect(ephemeral.kind).toBe("interaction");
    expect(ephemeral).not.toHaveProperty("pressed");
    expect(press({ type: "view", view_id: "V1" })).not.toHaveProperty("pressed");
  });
});
