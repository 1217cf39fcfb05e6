import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import type { Inbound } from "../../src/core/messages.js";
import { WEI_LING, buttonIn, openStep, textsOf } from "../helpers/dialog-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

describe("how messages arrive", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
  });
  afterEach(async () => world.close());

  it("the same update delivered twice is handled once: the second time says nothing", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    const first = await kid.send(WEI_LING.id, { updateId: "tg-1001" });
    expect(textsOf(first).join()).toContain("Now type your password");

    const again = await kid.send(WEI_LING.id, { updateId: "tg-1001" });
    expect(again).toEqual({ replies: [], deleteInbound: false, duplicate: true });
    expect(await openStep(world, kid)).toBe("setup.password");

    // Had the redelivery been handled, "S1001" would have been taken as the password.
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you");
  });

  it("update ids are per channel: the same number on Slack and Telegram are two messages", async () => {
    const onTelegram = world.chat("u1", "telegram");
    const onSlack = world.chat("u1", "slack");
    await onTelegram.send("/start", { updateId: "7" });
    const slack = await onSlack.send("/start", { updateId: "7" });
    expect(slack.duplicate).toBeUndefined();
    expect(onSlack.buttons).toHaveLength(4);
  });

  it("a message in a group is refused, and changes nothing", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const inGroup = await kid.send("/cancel", { isPrivate: false });
    expect(kid.lastText).toContain("Please send me a private message");
    expect(inGroup.replies).toHaveLength(1);
    expect(await openStep(world, kid)).toBe("setup.password");

    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you");
  });

  it("a password sent in a group is not tried, not linked and not kept", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password, { isPrivate: false });
    expect(kid.lastText).toContain("Please send me a private message");
    expect(await world.deps.store.linkedPerson(kid.ref)).toBeNull();
    expect(await world.redisDump()).not.toContain(WEI_LING.password);
  });

  it("two messages of one chat arriving together are handled one after the other", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const questions = await kid.send(WEI_LING.password);
    const press = (label: string, updateId: string): Inbound => ({
      ...kid.ref,
      isPrivate: true,
      updateId,
      choice: buttonIn(questions, label),
    });

    const [a, b] = await Promise.all([
      world.engine.handle(press("favourite animal", "u-a")),
      world.engine.handle(press("favourite food", "u-b")),
    ]);
    const said = [a, b].map((o) => o.replies.map((r) => translate(r.text)).join("\n"));
    // One button wins; the other is old by the time it is handled (not "busy", not both).
    expect(said.filter((s) => s.includes("That button is old"))).toHaveLength(1);
    const winner = said.find((s) => !s.includes("That button is old"))!;
    expect(winner).toMatch(/What is your favourite (animal|food)\?/);
    expect(said.join()).not.toContain("still working on your last message");

    expect(await openStep(world, kid)).toBe("setup.answer");
    await kid.send(winner.includes("animal") ? "Tiger" : "Chicken rice");
    expect(kid.lastText).toContain("Choose question 2 of 3");
    expect(kid.buttons).toHaveLength(7);
  });

  it("two texts arriving together: the first is the id, the second the password", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    const text = (t: string, updateId: string): Inbound => ({
      ...kid.ref,
      isPrivate: true,
      updateId,
      text: t,
    });
    const outcomes = await Promise.all([
      world.engine.handle(text(WEI_LING.id, "u-1")),
      world.engine.handle(text(WEI_LING.password, "u-2")),
    ]);
    const said = outcomes.map(textsOf).flat().join("\n");
    // Whichever order they were handled in, each step ran on the state the other left.
    expect(said).toContain("Now type your password");
    expect(said).not.toContain("still working");
    const step = await openStep(world, kid);
    expect(["setup.question", "setup.id"]).toContain(step);
  });

  it("the same update delivered twice at once is handled once", async () => {
    const kid = world.chat();
    const start: Inbound = { ...kid.ref, isPrivate: true, updateId: "same", text: "/setup" };
    const outcomes = await Promise.all([world.engine.handle(start), world.engine.handle(start)]);
    expect(outcomes.filter((o) => o.duplicate === true)).toHaveLength(1);
    expect(outcomes.filter((o) => o.replies.length > 0)).toHaveLength(1);
  });

  it("messages from two different chats do not mix", async () => {
    const wei = world.chat("wei");
    const aisha = world.chat("aisha");
    await wei.send("/setup");
    await aisha.send("/reset");
    await Promise.all([wei.send(WEI_LING.id), aisha.send("S1002")]);
    expect(await openStep(world, wei)).toBe("setup.password");
    expect(await openStep(world, aisha)).toBe("reset.answer");
  });
});
