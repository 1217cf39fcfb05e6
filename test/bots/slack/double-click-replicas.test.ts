import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import { until } from "../../helpers/until.js";
import { SlackKid } from "./slack-kid.js";
import { closeAfterTest, closeWorlds, SlackWorld, twoReplicas } from "./slack-world.js";

/*
 * A child double-clicks a button in the DM: Slack sends two presses (two triggers) of the same button of the
 * same message. With several replicas behind a load balancer, the second may reach another replica than the
 * first; and the first may still be at work (a slow directory) when the second arrives. Either way the second
 * is the same press: it does nothing and says nothing, and opens no "One moment" box.
 */
const PASSWORD = "Garden-Lamp-21";
const QUESTION_ANSWERS: [string, string][] = [
  ["favourite animal", "Elephant"],
  ["favourite colour", "Turquoise"],
  ["favourite food", "Nasi lemak"],
];
const SAME_PRESS_LOG = "the same button pressed again at once";

afterEach(async () => {
  vi.useRealTimers();
  await closeWorlds();
});

async function atQuestions(kid: SlackKid): Promise<void> {
  await kid.command("setup");
  await kid.submitBox("S1001");
  await kid.submitBox(PASSWORD);
}

/** Set up, then a reset's three answers: the next press is "Make one for me". */
async function atNewPasswordChoice(kid: SlackKid): Promise<void> {
  await atQuestions(kid);
  for (const [question, answer] of QUESTION_ANSWERS) {
    await kid.pressButton(question);
    await kid.submitBox(answer);
  }
  await kid.command("reset");
  for (let i = 0; i < 3; i++) {
    const asked = QUESTION_ANSWERS.find(([question]) => kid.boxText.includes(question))!;
    await kid.submitBox(asked[1]);
  }
  expect(kid.said).toContain("How would you like your new password?");
}

describe("a double click whose second press reaches another replica", () => {
  it("the second press of a question button says nothing and opens no second box", async () => {
    const { one, kidOnOne, kidOnOther } = await twoReplicas();
    await atQuestions(kidOnOne);
    await kidOnOne.pressButton("favourite animal");
    const first = kidOnOne.box;
    const boxesOpened = one.api.callsTo("views.open").length;

    await kidOnOther.pressOldButton("favourite animal");
    expect(kidOnOther.said + kidOnOther.saidPrivately + kidOnOther.boxText).not.toMatch(/old/i);
    expect(one.api.callsTo("views.open")).toHaveLength(boxesOpened);
    await kidOnOne.submitView(first, "Elephant");
    expect(kidOnOne.said).toContain("Choose question 2 of 3.");
  });

  it("the second press of 'Make one for me' shows no second password and no 'old button'", async () => {
    const { one, kidOnOne, kidOnOther } = await twoReplicas();
    await atNewPasswordChoice(kidOnOne);
    await kidOnOne.pressButton("Make one for me");
    expect(kidOnOne.boxText).toContain("Your new password is:");
    const callsBefore = one.api.calls.length;

    await kidOnOther.pressOldButton("Make one for me");
    expect(one.api.calls.slice(callsBefore)).toEqual([]);
  });
});

describe("a double click whose first press is still at work (a slow directory)", () => {
  /**
   * Presses "Make one for me" on `first`, holds the directory's password change until `second` has had the
   * second press long enough to open its "One moment" box, then lets both finish. Resolves to the second
   * press's trigger.
   */
  async function doubleClickDuringSlowTurn(
    directory: SwitchableDirectory,
    first: { world: SlackWorld; kid: SlackKid },
    second: { world: SlackWorld; kid: SlackKid },
  ): Promise<string> {
    let changing = false;
    let letFinish = () => undefined as void;
    const held = new Promise<void>((resolve) => (letFinish = resolve));
    directory.duringSetPassword = () => {
      changing = true;
      return held;
    };
    const firstPress = first.kid.pressButton("Make one for me");
    try {
      await until(() => changing, "the first press's password change");
      const secondPress = second.kid.pressOldButton("Make one for me");
      const trigger = second.world.lastTriggerId;
      const boxOpenedBy = (triggerId: string) =>
        first.world.api.callsTo("views.open").some((c) => c.args.trigger_id === triggerId);
      await until(
        () => second.world.logs.text.includes(SAME_PRESS_LOG) || boxOpenedBy(trigger),
        "the second press dropped, or its 'One moment' box",
        10_000,
      );
      letFinish();
      await Promise.all([firstPress, secondPress]);
      return trigger;
    } finally {
      letFinish();
    }
  }

  it("on the same replica: the second press opens no 'One moment' box and says nothing", async () => {
    const directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
    const world = closeAfterTest(await SlackWorld.create({}, { directory, slowAfterMs: 500 }));
    const kid = new SlackKid(world);
    await atNewPasswordChoice(kid);
    const callsBefore = world.api.calls.length;

    const trigger = await doubleClickDuringSlowTurn(directory, { world, kid }, { world, kid });
    expect(world.api.callsTo("views.open").filter((c) => c.args.trigger_id === trigger)).toEqual([]);
    const after = world.api.calls.slice(callsBefore).map((c) => JSON.stringify(c.args));
    expect(after.join("\n")).not.toMatch(/\bold\b|still working|try again/i);
    expect(after.filter((c) => c.includes("Your new password is:"))).toHaveLength(1);
  });

  it("on another replica: the second press opens no 'One moment' box and says nothing", async () => {
    const directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
    const { one, other, kidOnOne, kidOnOther } = await twoReplicas({ directory, slowAfterMs: 500 });
    await atNewPasswordChoice(kidOnOne);
    const callsBefore = one.api.calls.length;

    const trigger = await doubleClickDuringSlowTurn(
      directory,
      { world: one, kid: kidOnOne },
      { world: other, kid: kidOnOther },
    );
    expect(one.api.callsTo("views.open").filter((c) => c.args.trigger_id === trigger)).toEqual([]);
    const after = one.api.calls.slice(callsBefore).map((c) => JSON.stringify(c.args));
    expect(after.join("\n")).not.toMatch(/\bold\b|still working|try again/i);
    expect(after.filter((c) => c.includes("Your new password is:"))).toHaveLength(1);
  });
});

describe("a real second press still works, on either replica", () => {
  it("another button: the next question's button, at once", async () => {
    const { kidOnOne, kidOnOther } = await twoReplicas();
    await atQuestions(kidOnOne);
    await kidOnOne.pressButton("favourite animal");
    await kidOnOne.submitBox("Elephant");

    await kidOnOther.pressButton("favourite colour");
    expect(kidOnOther.boxText).toContain("favourite colour");
  });

  it("the same button on a new message, at once", async () => {
    const { kidOnOne, kidOnOther } = await twoReplicas();
    await kidOnOne.message("hi");
    await kidOnOne.pressButton("Set up my secret questions");
    expect(kidOnOne.boxText).toContain("user ID");
    await kidOnOne.command("cancel");
    await kidOnOne.message("hi");

    await kidOnOther.pressButton("Set up my secret questions");
    expect(kidOnOther.boxText).toContain("user ID");
  });

  it("the same button more than 10 seconds later is told it is old", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { kidOnOne, kidOnOther } = await twoReplicas();
    await atQuestions(kidOnOne);
    await kidOnOne.pressButton("favourite animal");
    // Time passes for Redis too (ioredis-mock reads Date), not only for the app's clock.
    vi.setSystemTime(Date.now() + 11_000);

    await kidOnOther.pressOldButton("favourite animal");
    expect(kidOnOther.boxText).toContain("That button was old. Please use this box.");
  });

  it("a press the bot could not take (the school system did not answer) can be pressed again at once", async () => {
    const directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
    const { one, kidOnOne, kidOnOther } = await twoReplicas({ directory });
    await atQuestions(kidOnOne);
    for (const [question, answer] of QUESTION_ANSWERS) {
      await kidOnOne.pressButton(question);
      await kidOnOne.submitBox(answer);
    }
    await kidOnOne.pressButton("No thanks");
    await kidOnOne.message("hi");
    const menu = String(one.api.callsTo("chat.postMessage").at(-1)!.result.ts);
    directory.down = true;
    await kidOnOne.pressButton("I forgot my password");
    expect(kidOnOne.boxText + kidOnOne.said).toContain("The school system is not answering.");

    directory.down = false;
    await kidOnOther.pressButton("I forgot my password");
    expect(kidOnOther.boxText).toContain("Question 1 of 3");
    // The same button of the same message: the menu's buttons went with this press.
    expect(one.api.callsTo("chat.update").at(-1)!.args.ts).toBe(menu);
  });
});
