import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { editedMessageReplies } from "../../../src/bots/slack/edited-message.js";
import { slackText } from "../../../src/bots/slack/slack-text.js";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/*
 * A child who edits a DM message may put a password into it: it stays in the chat as any message, and the bot
 * cannot delete it. An edit is never read as an answer (the dialog has moved on), but where it may hold a
 * secret she is told to delete it herself, and at a secret step to give it again in the private box.
 */

const PASSWORD = "Tiger-Boat-90";
/** Tan Wei Ling's (S1001's) own password. */
const HER_PASSWORD = "Garden-Lamp-21";
const DELETE_IT = "Please delete it yourself.";
const NEW_ONLY = "I only read new messages";

let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});
afterEach(async () => world.close());

async function atPasswordStep(): Promise<void> {
  await kid.message("setup");
  await kid.message("S1001");
  expect(kid.said).toContain("Now type your password.");
}

describe("an edited DM message", () => {
  it("that now holds a password, with no conversation open: how to delete it, and nothing read", async () => {
    await kid.editMessage(PASSWORD, "hi");
    expect(kid.said).toContain(DELETE_IT);
    expect(kid.said).not.toContain(NEW_ONLY);
    expect(world.postedMessages()).not.toContain(PASSWORD);
    expect(world.logs.text).not.toContain(PASSWORD);
  });

  it("at the password step: how to delete it, not taken as the password, and the box still takes it", async () => {
    await atPasswordStep();
    await kid.editMessage(HER_PASSWORD, "S1001");
    expect(kid.said).toContain(DELETE_IT);
    expect(kid.said).toContain(`${NEW_ONLY}, not changed ones.`);
    expect(kid.said).toContain("Now type your password.");
    expect(kid.said.split(DELETE_IT)).toHaveLength(2);
    expect(world.postedMessages()).not.toContain(HER_PASSWORD);
    expect(world.logs.text).not.toContain(HER_PASSWORD);
    expect(await world.app.deps.store.linkedPerson({ channel: "slack", chatUserId: kid.userId })).toBeNull();

    await kid.pressButton("Type it privately");
    await kid.submitBox(HER_PASSWORD);
    expect(kid.said).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("at the password step, with words that look like none: told all the same (it may be her password)", async () => {
    await atPasswordStep();
    await kid.editMessage("tigerboat", "S1001");
    expect(kid.said).toContain(DELETE_IT);
    expect(kid.said).toContain(NEW_ONLY);
    expect(kid.said).toContain("Now type your password.");
  });

  it("at a secret step, is told as a changed message, never as one she 'just sent'", async () => {
    await atPasswordStep();
    await kid.editMessage("tigerboat", "S1001");
    expect(kid.said).toContain("Your changed message may have a secret in it, like a password.");
    expect(kid.said).not.toContain("just sent");
  });

  it("told once when Slack delivers the same edit again", async () => {
    await kid.editMessage(PASSWORD, "hi", { eventId: "Ev0EDIT0001" });
    expect(kid.said).toContain(DELETE_IT);
    await kid.editMessage(PASSWORD, "hi", { eventId: "Ev0EDIT0001" });
    expect(kid.said).toBe("");
  });

  it("that looks harmless gets no answer, and the dialog is where it was", async () => {
    await kid.editMessage("hello there", "hi");
    expect(kid.said).toBe("");
    await kid.message("setup");
    await kid.editMessage("S1002", "S1001x");
    expect(kid.said).toBe("");
    await kid.message("S1001");
    expect(kid.said).toContain("Now type your password.");
  });

  it("a link's preview added (the text unchanged) gets no answer, even at the password step", async () => {
    await atPasswordStep();
    await kid.editMessage("see https://school.example/", "see https://school.example/", { unfurl: true });
    expect(kid.said).toBe("");
  });

  it("the bot's own message changed (its buttons taken away) gets no answer", async () => {
    await atPasswordStep();
    const before = world.api.callsTo("chat.postMessage").length;
    await world.postEvent({
      type: "message",
      subtype: "message_changed",
      channel: kid.dm,
      channel_type: "im",
      hidden: true,
      ts: `${Date.now() / 1000}`,
      message: { type: "message", user: "UBOT000001", bot_id: "B0BOT00001", text: PASSWORD, ts: "1.000200" },
      previous_message: {
        type: "message",
        user: "UBOT000001",
        bot_id: "B0BOT00001",
        text: "x",
        ts: "1.000200",
      },
    });
    expect(world.api.callsTo("chat.postMessage")).toHaveLength(before);
  });
});

describe("a /me message in the DM", () => {
  it("with a password: how to delete it", async () => {
    await kid.meMessage(PASSWORD);
    expect(kid.said).toContain(DELETE_IT);
    expect(world.postedMessages()).not.toContain(PASSWORD);
  });

  it("is read as any message she types", async () => {
    await kid.message("setup");
    await kid.meMessage("S1001");
    expect(kid.said).toContain("Now type your password.");
  });
});

describe("the words about an edit", () => {
  const prompt = {
    text: { key: "setup.askPassword" as const },
    expectsSecret: true,
    language: "ta" as const,
  };

  it("speak to a teacher in the staff words, in her language", () => {
    const replies = editedMessageReplies({ ownWords: "x", prompt, language: "ta", register: "staff" });
    expect(replies.map((reply) => reply.text.key)).toEqual([
      "slack.staffDeleteYourEdit",
      "slack.staffEditNotRead",
      "setup.askPassword",
    ]);
    expect(slackText(replies[1]!.text, "ta")).toContain("செய்யுங்கள்");
  });

  it("say nothing about harmless words where no secret is asked", () => {
    expect(
      editedMessageReplies({ ownWords: "hello", prompt: null, language: "zh", register: "child" }),
    ).toEqual([]);
  });
});
