import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { retirePressedMessage } from "../../../src/bots/slack/pressed-message.js";
import type { SlackApi } from "../../../src/bots/slack/slack-api.js";
import type { MessageKey } from "../../../src/core/i18n/en.js";
import type { ApiCall } from "./fake-slack-api.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { blockWords, SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

const PASSWORD = "Garden-Lamp-21";
const QUESTION_ANSWERS: [string, string][] = [
  ["favourite animal", "Elephant"],
  ["favourite colour", "Turquoise"],
  ["favourite food", "Nasi lemak"],
];
const OLD_BUTTON = "That button is old and doesn't work any more. Please use the newest message.";

let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});

afterEach(async () => {
  vi.useRealTimers();
  await world.close();
});

/** The DM message, as Slack shows it now, that the newest button labelled `label` was posted in. */
function messageWith(label: string): { ts: string; now: () => { text: string; blocks: Block[] } } {
  const posted = [...world.api.callsTo("chat.postMessage")]
    .reverse()
    .find((c: ApiCall) => JSON.stringify(c.args.blocks).includes(label))!;
  const ts = String(posted.result.ts);
  return {
    ts,
    now: () => {
      const message = world.api.messageNow(kid.dm, ts)!;
      return { text: message.text, blocks: message.blocks as Block[] };
    },
  };
}

type Block = Parameters<typeof blockWords>[0][number];

const hasButtons = (blocks: Block[]) => blocks.some((b) => b.type === "actions");

async function linkAndPickQuestions(): Promise<void> {
  await kid.command("setup");
  await kid.submitBox("S1001");
  await kid.submitBox(PASSWORD);
  for (const [question, answer] of QUESTION_ANSWERS) {
    await kid.pressButton(question);
    await kid.submitBox(answer);
  }
}

describe("a pressed button in the DM cannot be pressed again", () => {
  it("the pressed message keeps its words, loses its buttons and shows the choice made", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.submitBox(PASSWORD);
    const questions = messageWith("favourite animal");
    expect(hasButtons(questions.now().blocks)).toBe(true);

    await kid.pressButton("favourite animal");
    expect(kid.boxText).toContain("favourite animal");
    const after = questions.now();
    expect(hasButtons(after.blocks)).toBe(false);
    expect(blockWords(after.blocks)).toContain("Choose question 1 of 3.");
    expect(blockWords(after.blocks)).toContain("✓ What is your favourite animal?");
    expect(after.text).toContain("Choose question 1 of 3.");
    // Nothing but the pressed message was changed.
    expect(world.api.callsTo("chat.update")).toHaveLength(1);
    expect(world.api.callsTo("chat.update")[0]!.args).toMatchObject({ channel: kid.dm, ts: questions.ts });
  });

  it("after set-up, the question buttons are gone: nothing is left to press", async () => {
    await linkAndPickQuestions();
    await expect(kid.pressButton("favourite animal")).rejects.toThrow(/no button/);
  });

  it("a button pressed twice (a Slack client not caught up) hears 'old button' privately, not in a new message", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await linkAndPickQuestions();
    await kid.command("reset");
    for (let i = 0; i < 3; i++) {
      const asked = QUESTION_ANSWERS.find(([question]) => kid.boxText.includes(question))!;
      await kid.submitBox(asked[1]);
    }
    await kid.pressButton("Make one for me");
    expect(kid.boxText).toContain("Your new password is:");
    const postsBefore = world.api.callsTo("chat.postMessage").length;
    // A minute later (for Redis too, where the press is marked): pressed again at once, it is the same press
    // (see double-submit.test.ts).
    vi.setSystemTime(Date.now() + 60_000);

    await kid.pressOldButton("Make one for me");
    expect(kid.response.status).toBe(200);
    expect(kid.saidPrivately).toContain(OLD_BUTTON);
    expect(kid.said).not.toContain(OLD_BUTTON);
    expect(
      world.api
        .callsTo("chat.postMessage")
        .slice(postsBefore)
        .map((c) => c.args.text),
    ).not.toContain(OLD_BUTTON);
    await kid.pressOldButton("I'll type my own");
    expect(kid.saidPrivately).toContain(OLD_BUTTON);
    expect(kid.said).not.toContain(OLD_BUTTON);
  });

  it("an old button whose message kept its buttons loses them, with no choice shown", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.submitBox(PASSWORD);
    const questions = messageWith("favourite animal");
    // Slack refused the first update: the question buttons stayed.
    world.api.failNext("chat.update", "ratelimited");
    await kid.pressButton("favourite animal");
    expect(hasButtons(questions.now().blocks)).toBe(true);

    await kid.pressButton("favourite colour");
    // The step waits for an answer, so the box asks again and says why (in a box's words: this box is the
    // newest); nothing is kept in the DM.
    expect(kid.boxText).toContain("That button was old. Please use this box.");
    expect(kid.boxText).toContain("favourite animal");
    expect(kid.said).toBe("");
    const after = questions.now();
    expect(hasButtons(after.blocks)).toBe(false);
    expect(blockWords(after.blocks)).toContain("Choose question 1 of 3.");
    expect(blockWords(after.blocks)).not.toContain("✓");
  });

  it("a Slack that refuses to change the pressed message does not stop the step, and says why in the log", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.submitBox(PASSWORD);
    world.api.failNext("chat.update", "message_not_found");
    await kid.pressButton("favourite animal");
    expect(kid.boxText).toContain("favourite animal");
    await kid.submitBox("Elephant");
    expect(kid.said).toContain("Choose question 2 of 3.");
    expect(world.logs.text).toContain("message_not_found");
  });

  it("a press that failed (the school system did not answer) keeps its buttons, to try again", async () => {
    await world.close();
    const directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
    world = await SlackWorld.create({}, { directory });
    kid = new SlackKid(world);
    await linkAndPickQuestions();
    await kid.pressButton("No thanks");
    await kid.message("hi");
    const menu = messageWith("I forgot my password");
    directory.down = true;
    await kid.pressButton("I forgot my password");
    expect(kid.boxText + kid.said).toContain("The school system is not answering.");
    expect(hasButtons(menu.now().blocks)).toBe(true);

    directory.down = false;
    await kid.pressButton("I forgot my password");
    expect(kid.boxText).toContain("Question 1 of 3");
    expect(hasButtons(menu.now().blocks)).toBe(false);
  });
});

describe("a press that chose nothing shows no tick", () => {
  /** The pressed message's blocks after a press answered with `keys`, or null if it was left as it was. */
  async function afterPress(keys: MessageKey[]): Promise<Block[] | null> {
    let updated: Block[] | null = null;
    const api = {
      updateMessage: (_channel: string, _ts: string, message: { blocks: Block[] }) => {
        updated = message.blocks;
        return Promise.resolve();
      },
    } as unknown as SlackApi;
    const pressed = {
      channelId: "D0KID00001",
      ts: "1700000000.000100",
      text: "What would you like to do?",
      blocks: [
        { type: "section", text: { type: "plain_text", text: "What would you like to do?" } },
        { type: "actions", elements: [] },
      ],
      label: "I forgot my password",
    };
    const replies = keys.map((key) => ({ text: { key } }));
    await retirePressedMessage(api, pressed, { replies, deleteInbound: false }, new CapturedLogs().logger);
    return updated;
  }

  it("another turn of the chat was under way (busy): the buttons stay, to press again", async () => {
    expect(await afterPress(["chat.busy"])).toBeNull();
    expect(await afterPress(["chat.staffBusy"])).toBeNull();
  });

  it("the step did not take the press (use the buttons): no tick; the buttons asked again replace it", async () => {
    for (const key of ["input.useButtons", "input.staffUseButtons"] as const) {
      const blocks = await afterPress([key, "menu.welcome"]);
      expect(blocks, key).not.toBeNull();
      expect(hasButtons(blocks!), key).toBe(false);
      expect(blockWords(blocks!), key).not.toContain("✓");
    }
  });

  it("the conversation had timed out (on a family account too): no tick", async () => {
    for (const key of [
      "chat.timedOut",
      "chat.timedOutLinked",
      "chat.timedOutLinkedShared",
      "chat.timedOutKeptShared",
      "chat.timedOutSavedShared",
    ] as const) {
      const blocks = await afterPress([key, "menu.welcome"]);
      expect(blockWords(blocks!), key).not.toContain("✓");
    }
  });

  it("a press that chose something shows the tick", async () => {
    const blocks = await afterPress(["reset.askAnswer"]);
    expect(blockWords(blocks!)).toContain("✓ I forgot my password");
  });
});

describe("an old 'Type it privately' button asks for no secret", () => {
  it("pressed after its step passed, or after the conversation ended: 'that button is old', and no box", async () => {
    await kid.command("setup");
    await kid.message("S1001");
    await kid.pressButton("Type it privately");
    await kid.submitBox(PASSWORD);
    expect(kid.said).toContain("Choose question 1 of 3.");

    for (const ended of [false, true]) {
      if (ended) await kid.command("cancel");
      const boxesBefore = world.api.callsTo("views.open").length;
      await kid.pressOldButton("Type it privately");
      expect(world.api.callsTo("views.open")).toHaveLength(boxesBefore);
      expect(kid.saidPrivately).toBe(OLD_BUTTON);
    }
  });

  it("the button of the step open now still opens the box", async () => {
    await kid.command("setup");
    await kid.message("S1001");
    await kid.pressButton("Type it privately");
    expect(kid.boxText).toContain("Now type your password.");
  });
});

describe("a 'Type it privately' button of a conversation past its lifetime", () => {
  it("opens no box: the conversation is over, and nothing would read what the child typed there", async () => {
    const minute = 60_000;
    await kid.command("setup");
    // Kept busy past half its 30 minutes, then at the password prompt for the rest: still stored, not idle.
    world.advance(14 * minute);
    await kid.message("help");
    world.advance(6 * minute);
    await kid.message("S1001");
    world.advance(11 * minute);
    const boxesBefore = world.api.callsTo("views.open").length;
    await kid.pressButton("Type it privately");
    expect(world.api.callsTo("views.open")).toHaveLength(boxesBefore);
    expect(kid.saidPrivately).toBe(OLD_BUTTON);
  });
});
