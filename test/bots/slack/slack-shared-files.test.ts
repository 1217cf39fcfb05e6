import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/**
 * A file shared in the DM with words typed with it. The bot reads only typed messages, never a file's words;
 * but where a password or answer is asked, those words may be one. Telegram deletes such a caption; a Slack
 * bot cannot delete a user's message, so the user is told how to delete it, as for a secret typed in the DM.
 */

const PASSWORD = "Garden-Lamp-21";
const ANSWERS: [string, string][] = [
  ["favourite animal", "Elephant"],
  ["favourite colour", "Turquoise"],
  ["favourite food", "Nasi lemak"],
];
const DELETE_IT = "Please delete it yourself.";

let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});
afterEach(async () => world.close());

describe("a file shared with words in the Slack DM", () => {
  it("at the password step: how to delete it, the words are not read as the password, and the box still takes it", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.shareFile(PASSWORD);
    expect(kid.said).toContain(DELETE_IT);
    expect(kid.said).toContain("If you can't, tell your teacher.");
    expect(kid.said).toContain("I can only read typed words");
    expect(kid.said).toContain("Now type your password.");
    // Said once, and the words are not repeated.
    expect(kid.said.split(DELETE_IT)).toHaveLength(2);
    expect(world.postedMessages()).not.toContain(PASSWORD);
    expect(world.logs.text).not.toContain(PASSWORD);
    expect(await world.app.deps.store.linkedPerson({ channel: "slack", chatUserId: kid.userId })).toBeNull();

    await kid.pressButton("Type it privately");
    await kid.submitBox(PASSWORD);
    expect(kid.said).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("at a guided reset's answer step, a teacher hears it in the staff words", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.submitBox(PASSWORD);
    for (const [question, answer] of ANSWERS) {
      await kid.pressButton(question);
      await kid.submitBox(answer);
    }
    // Unlinked: the teacher's route is the student's questions, answered on her device.
    await kid.command("logout");
    await kid.pressButton("Yes, unlink");
    const teacher = new SlackKid(world, "U0TEACH001");
    await teacher.command("setup");
    await teacher.submitBox("T2001");
    await teacher.submitBox("Teach-Four-A-2026");
    await teacher.command("guided S1001");
    await teacher.pressButton("They answer their questions here");
    expect(teacher.boxText).toContain("Question 1 of 3 for Tan Wei Ling");

    await teacher.shareFile("Elephant");
    expect(teacher.said).toContain(DELETE_IT);
    expect(teacher.said).toContain("If you can't, ask the school's IT team.");
    expect(teacher.said).toContain("Question 1 of 3 for Tan Wei Ling");
  });

  it("a file shared without words where a secret is asked: how to delete it (Telegram deletes it: a photo of the password's sticker, a voice message)", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.shareFile("");
    expect(kid.said).toContain(DELETE_IT);
    expect(kid.said).toContain("Now type your password.");

    await kid.pressButton("Type it privately");
    await kid.submitBox(PASSWORD);
    await kid.pressButton(ANSWERS[0]![0]);
    await kid.shareFile("");
    expect(kid.said).toContain(DELETE_IT);
  });

  it("a file's words that look like a password, with no conversation open: how to delete them (Telegram deletes them)", async () => {
    await kid.shareFile(`my password ${PASSWORD}`);
    expect(kid.said).toContain(DELETE_IT);
    expect(world.postedMessages()).not.toContain(PASSWORD);
  });

  it("nothing to delete where no secret is asked and the words look like none", async () => {
    await kid.shareFile("look at my cat");
    expect(kid.said).not.toBe("");
    expect(kid.said).not.toContain(DELETE_IT);

    await kid.shareFile("");
    expect(kid.said).not.toBe("");
    expect(kid.said).not.toContain(DELETE_IT);

    await kid.command("setup");
    await kid.shareFile("S1001");
    expect(kid.said).toContain("Type your user ID.");
    expect(kid.said).not.toContain(DELETE_IT);
  });
});

describe("a file shared while a box asks for the secret", () => {
  it("leaves that box working: the question asked again unchanged keeps its step", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.shareFile("");
    expect(kid.said).toContain("I can only read typed words");
    await kid.submitBox(PASSWORD);
    expect(kid.said).toContain("Great, it's you, Tan Wei Ling!");
    expect(kid.boxText).not.toContain("That box was old");

    await kid.pressButton("favourite animal");
    await kid.shareFile("");
    await kid.submitBox("Elephant");
    expect(kid.said).toContain("Choose question 2 of 3.");
  });
});
