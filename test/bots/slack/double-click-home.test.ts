import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import type { SlackKid } from "./slack-kid.js";
import { closeWorlds, twoReplicas, type SlackWorld } from "./slack-world.js";

/*
 * A child double-clicks a button of her App Home tab: Slack sends two presses (two triggers) of the same
 * button of the same Home view, to one replica or to two. The Home tab's buttons never go stale, so before,
 * each press was a new one: two boxes opened, the set-up or reset started twice, "Help" came twice. The
 * second is the same press: it does nothing and says nothing.
 */
const PASSWORD = "Garden-Lamp-21";
const QUESTION_ANSWERS: [string, string][] = [
  ["favourite animal", "Elephant"],
  ["favourite colour", "Turquoise"],
  ["favourite food", "Nasi lemak"],
];

afterEach(async () => {
  vi.useRealTimers();
  await closeWorlds();
});

async function setUp(kid: SlackKid): Promise<void> {
  await kid.command("setup");
  await kid.submitBox("S1001");
  await kid.submitBox(PASSWORD);
  for (const [question, answer] of QUESTION_ANSWERS) {
    await kid.pressButton(question);
    await kid.submitBox(answer);
  }
}

/** What the bot did in Slack since `from` calls: boxes opened, and DM messages' words. */
function since(world: SlackWorld, from: number) {
  const calls = world.api.calls.slice(from);
  return {
    boxes: calls.filter((c) => c.method === "views.open"),
    said: calls.filter((c) => c.method === "chat.postMessage").map((c) => String(c.args.text)),
  };
}

describe("a double click on a Home tab button", () => {
  it("'Set up my secret questions': one box, on one replica", async () => {
    const { one, kidOnOne } = await twoReplicas();
    await kidOnOne.openHome();
    const from = one.api.calls.length;

    await kidOnOne.pressHomeButton("Set up my secret questions");
    const first = kidOnOne.box;
    await kidOnOne.pressHomeButton("Set up my secret questions");
    expect(since(one, from)).toEqual({ boxes: [expect.anything()], said: [] });
    await kidOnOne.submitView(first, "S1001");
    expect(kidOnOne.boxText).toContain("Now type your password.");
  });

  it("'Set up my secret questions', its box closed by mistake: pressed again at once, it opens again", async () => {
    const { one, kidOnOne } = await twoReplicas();
    await kidOnOne.openHome();
    await kidOnOne.pressHomeButton("Set up my secret questions");
    await kidOnOne.closeBox();
    const from = one.api.calls.length;

    await kidOnOne.pressHomeButton("Set up my secret questions");
    expect(since(one, from)).toEqual({ boxes: [expect.anything()], said: [] });
    await kidOnOne.submitBox("S1001");
    expect(kidOnOne.boxText).toContain("Now type your password.");
  });

  it("'Set up my secret questions', both presses at once: one box", async () => {
    const { one, kidOnOne } = await twoReplicas();
    await kidOnOne.openHome();
    const from = one.api.calls.length;

    await Promise.all([
      kidOnOne.pressHomeButton("Set up my secret questions"),
      kidOnOne.pressHomeButton("Set up my secret questions"),
    ]);
    await one.channel.idle();
    expect(since(one, from)).toEqual({ boxes: [expect.anything()], said: [] });
  });

  it("'I forgot my password' on two replicas: one box, and the reset is not started again", async () => {
    const { one, kidOnOne, kidOnOther } = await twoReplicas();
    await setUp(kidOnOne);
    await kidOnOne.openHome();
    const from = one.api.calls.length;

    await kidOnOne.pressHomeButton("I forgot my password");
    const first = kidOnOne.box;
    expect(kidOnOne.boxText).toContain("Question 1 of 3");
    await kidOnOther.pressHomeButton("I forgot my password");
    expect(since(one, from)).toEqual({ boxes: [expect.anything()], said: [] });
    const asked = QUESTION_ANSWERS.find(([question]) => kidOnOne.boxText.includes(question))!;
    await kidOnOne.submitView(first, asked[1]);
    expect(kidOnOne.boxText).toContain("Question 2 of 3");
  });

  it("'Help' on two replicas: the help once", async () => {
    const { one, kidOnOne, kidOnOther } = await twoReplicas();
    await kidOnOne.openHome();
    const from = one.api.calls.length;

    await kidOnOne.pressHomeButton("Help");
    await kidOnOther.pressHomeButton("Help");
    const { said } = since(one, from);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain("Here is what I can do:");
  });
});

describe("a real second press of a Home tab button still works", () => {
  it("another button, at once", async () => {
    const { one, kidOnOne, kidOnOther } = await twoReplicas();
    await kidOnOne.openHome();
    await kidOnOne.pressHomeButton("Help");
    const from = one.api.calls.length;

    await kidOnOther.pressHomeButton("Language");
    expect(since(one, from).said.join("\n")).toContain("Which language would you like?");
  });

  it("the same button at once after the Home tab was opened again (a new version of it)", async () => {
    const { one, kidOnOne, kidOnOther } = await twoReplicas();
    await kidOnOne.openHome();
    await kidOnOne.pressHomeButton("Help");
    await kidOnOne.openHome();
    const from = one.api.calls.length;

    await kidOnOther.pressHomeButton("Help");
    expect(since(one, from).said.join("\n")).toContain("Here is what I can do:");
  });

  it("the same button more than 10 seconds later", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { one, kidOnOne, kidOnOther } = await twoReplicas();
    await kidOnOne.openHome();
    await kidOnOne.pressHomeButton("Help");
    // Time passes for Redis too (ioredis-mock reads Date).
    vi.setSystemTime(Date.now() + 11_000);
    const from = one.api.calls.length;

    await kidOnOther.pressHomeButton("Help");
    expect(since(one, from).said.join("\n")).toContain("Here is what I can do:");
  });

  it("a press the bot could not take (the school system did not answer) can be pressed again at once", async () => {
    const directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
    const { kidOnOne, kidOnOther } = await twoReplicas({ directory });
    await setUp(kidOnOne);
    await kidOnOne.openHome();
    directory.down = true;
    await kidOnOne.pressHomeButton("I forgot my password");
    expect(kidOnOne.boxText + kidOnOne.said).toContain("The school system is not answering.");

    directory.down = false;
    await kidOnOther.pressHomeButton("I forgot my password");
    expect(kidOnOther.boxText).toContain("Question 1 of 3");
  });
});
