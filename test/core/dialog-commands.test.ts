import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  WEI_LING,
  WEI_LING_ANSWERS,
  buttonIn,
  openStep,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { translate } from "../../src/core/i18n/translate.js";
import { TestWorld } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

describe("commands a student can type at any time", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("/start shows the menu with its four buttons (the last one for the language)", async () => {
    const kid = world.chat();
    await kid.send("/start");
    expect(kid.lastText).toContain("What would you like to do?");
    expect(kid.lastText).toContain("school account");
    expect(kid.buttons).toEqual([
      "Set up my secret questions",
      "I forgot my password",
      "Help",
      "🌐 Language",
    ]);
  });

  it("any first message (not only /start) gets the menu", async () => {
    const kid = world.chat();
    await kid.send("hello?");
    expect(kid.buttons).toEqual([
      "Set up my secret questions",
      "I forgot my password",
      "Help",
      "🌐 Language",
    ]);
  });

  it("/help in the middle of set-up explains the commands, then asks the same question again", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    expect(kid.lastText).toContain("Now type your password");

    const help = await kid.send("/help");
    expect(kid.lastText).toContain("/cancel");
    expect(kid.lastText).toContain("Now type your password");
    expect(help.replies.at(-1)?.expectsSecret).toBe(true);

    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("/help in the middle of set-up says what the step wants and how to stop, not the list that says to set up first", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    const texts = (await kid.send("/help")).replies.map((r) => translate(r.text));
    expect(texts[0]).toContain("To stop, type /cancel.");
    expect(texts[0]).toContain("Right now I need your user ID");
    expect(texts.join("\n")).not.toContain("Do it first");
    expect(texts.at(-1)).toContain("Type your user ID.");
    expect(await openStep(world, kid)).toBe("setup.id");

    // Outside a dialog it is still the whole list.
    await kid.send("/cancel");
    await kid.send("/help");
    expect(kid.lastText).toContain("/setup – set up your 3 secret questions. Do it first.");
  });

  it("/help while picking a question shows the question buttons again, and they work", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("/help");
    expect(kid.lastText).toContain("Choose question 1 of 3");
    expect(kid.buttons).toHaveLength(8);
    await kid.press("favourite animal");
    expect(kid.lastText).toContain("What is your favourite animal?");
  });

  it("/cancel stops an open dialog and says nothing was changed", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send("/cancel");
    expect(kid.lastText).toContain("Nothing was changed");
    expect(await openStep(world, kid)).toBeNull();

    // The next message starts afresh (the menu), not the password step, and without "you were away".
    await kid.send(WEI_LING.password);
    expect(kid.buttons).toContain("I forgot my password");
    expect(kid.lastText).not.toContain("away");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
  });

  it("stopping set-up after the password linked the chat says so, not that nothing was changed", async () => {
    for (const stop of ["/cancel", "stop"]) {
      const kid = world.chat(`kid-${stop}`);
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      await kid.send(stop);
      expect(kid.lastText).toContain("This chat is linked to your account");
      expect(kid.lastText).toContain("Type /setup to start again");
      expect(kid.lastText).not.toContain("Nothing was changed");
      expect(await world.deps.store.linkedPeople(kid.ref)).toEqual(["s1001"]);
    }
  });

  it("/start or 'menu' in the middle of set-up after the password says what was kept, then shows the menu", async () => {
    for (const start of ["/start", "menu"]) {
      const kid = world.chat(`kid-${start}`);
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      const outcome = await kid.send(start);
      const texts = outcome.replies.map((r) => translate(r.text));
      expect(texts[0]).toContain("This chat is linked to your account");
      expect(kid.buttons).toContain("Set up my secret questions");
      expect(await openStep(world, kid)).toBeNull();
    }
    // Where nothing was done yet: that set-up stopped and nothing was changed, then the menu.
    const other = world.chat("kid-early");
    await other.send("/setup");
    const outcome = await other.send("/start");
    expect(outcome.replies.map((r) => translate(r.text))[0]).toBe(
      "Okay, we stopped setting up. Nothing was changed.",
    );
    expect(outcome.replies).toHaveLength(2);
    expect(other.buttons).toContain("Set up my secret questions");
  });

  it("running set-up again from the chat already linked says it is still linked, not newly linked", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain(
      "Great, it's you, Tan Wei Ling! This chat is still linked to your school account.",
    );
    expect(kid.lastText).not.toContain("now linked");
    expect(kid.lastText).toContain("Choose question 1 of 3");
  });

  it("stopping a set-up run again after the password says the old questions still work, not 'type /setup to start again'", async () => {
    for (const stop of ["/cancel", "stop", "/start", "menu"]) {
      const kid = world.chat(`kid-${stop}`);
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      await kid.press("No thanks");
      const saved = await world.deps.store.getEnrolment(WEI_LING.id);
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      // One new answer given, then stopped: it replaced nothing.
      await kid.press("favourite animal");
      await kid.send("Lion");
      const outcome = await kid.send(stop);
      const notice = translate(outcome.replies[0]!.text);
      expect(notice).toContain("I did not change your secret questions. Your old ones still work.");
      expect(notice).toContain("Type /setup if you want to change them.");
      expect(notice).not.toContain("Type /setup to start again");
      expect(await openStep(world, kid)).toBeNull();
      expect(await world.deps.store.getEnrolment(WEI_LING.id)).toEqual(saved);
      await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
      expect(kid.lastText).toContain("all 3 answers are right");
      await kid.send("/cancel");
    }
  });

  it("so does a set-up run again from a new phone: the old questions work from there", async () => {
    const oldPhone = world.chat("old-phone");
    await oldPhone.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const newPhone = world.chat("new-phone");
    await newPhone.send("/setup");
    await newPhone.send(WEI_LING.id);
    await newPhone.send(WEI_LING.password);
    expect(newPhone.lastText).toContain("This chat is now linked");
    await newPhone.send("/cancel");
    expect(newPhone.lastText).toContain("Your old ones still work");
    expect(newPhone.lastText).not.toContain("Type /setup to start again");
    await newPhone.answerReset(WEI_LING.id, weiLingAnswerFor);
    expect(newPhone.lastText).toContain("all 3 answers are right");
  });

  it("/cancel with nothing open says there is nothing to stop", async () => {
    const kid = world.chat();
    await kid.send("/cancel");
    expect(kid.lastText).toContain("There is nothing to stop right now");
    expect(kid.lastText).not.toContain("Nothing was changed");
  });

  it("/cancel during a reset keeps the old password working", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/reset");
    await kid.send(WEI_LING.id);
    await kid.send("/cancel");
    expect(kid.lastText).toContain("Nothing was changed");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
  });

  it("/logout unlinks the chat: a reset from it can no longer succeed, even with the right answers", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await logOut(kid);
    expect(kid.lastText).toContain("no longer linked");

    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    expect(kid.lastText).toContain("I can only make a new password in the chat you used to set up");
    expect(kid.buttons).toEqual([]);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
  });

  it("/logout from a chat that was never linked says it isn't linked", async () => {
    const kid = world.chat();
    await kid.send("/logout");
    expect(kid.lastText).toContain("isn't linked");
  });

  it("a second /logout says the chat isn't linked any more", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await logOut(kid);
    await kid.send("/logout");
    expect(kid.lastText).toContain("isn't linked");
  });

  it("an unknown command gets pointed to /help", async () => {
    const kid = world.chat();
    await kid.send("/dance");
    expect(kid.lastText).toContain("I don't know that command");
    expect(kid.lastText).toContain("/help");
  });

  it("an unknown command in the middle of a dialog leaves the dialog where it was", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("/dance");
    expect(kid.lastText).toContain("I don't know that command");
    expect(kid.lastText).toContain("Type your user ID");
    await kid.send(WEI_LING.id);
    expect(kid.lastText).toContain("Now type your password");
  });

  it('commands addressed to the bot by name ("/reset@SomeBot") work, in any case', async () => {
    const kid = world.chat();
    await kid.send("/setup@SomeBot");
    expect(kid.lastText).toContain("Type your user ID");
    await kid.send("/CANCEL@SomeBot");
    expect(kid.lastText).toContain("Nothing was changed");
    await kid.send("/RESET@SomeBot");
    expect(kid.lastText).toContain("I can only make a new password in the chat you used to set up");
  });

  it("a password typed when no dialog is open (after a pause ended set-up, say) is deleted; plain words are not", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    for (let i = 0; i < 3; i++) {
      await kid.send(WEI_LING.id);
      await kid.send("Wrong-Guess-1");
    }
    expect(kid.lastText).toContain("try again in 60 minutes");
    expect(await openStep(world, kid)).toBeNull();
    // The child types the id and the password again, into no dialog: right after the pause at the password
    // prompt, words the chat reads as nothing may be a secret typed ahead, so her id goes too.
    expect((await kid.send(WEI_LING.id)).deleteInbound).toBe(true);
    expect((await kid.send(WEI_LING.password)).deleteInbound).toBe(true);
    expect(kid.buttons).toContain("Set up my secret questions");
    for (const plain of ["hello", "thank you!", "🙂"])
      expect((await kid.send(plain)).deleteInbound).toBe(false);
  });

  it("with no dialog open, a password inside a sentence is deleted too; ordinary sentences are not", async () => {
    const kid = world.chat();
    const sentence = await kid.send(`hello my password is ${WEI_LING.password}`);
    expect(sentence.deleteInbound).toBe(true);
    expect(kid.buttons).toContain("Set up my secret questions");
    for (const plain of ["I am 9 years old", "my ID is S1001", "hello!!!", "can't log in"])
      expect((await kid.send(plain)).deleteInbound, plain).toBe(false);
  });

  it('a password that starts with "/" at the password prompt is the password, and is deleted', async () => {
    await world.memoryDirectory.setPassword(WEI_LING.id, "/tigerlily", { mustChange: false });
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const sent = await kid.send("/tigerlily");
    expect(sent.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("a wrong password that looks like a command is still read as a password (and deleted)", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const sent = await kid.send("/Garden-Lamp-99");
    expect(sent.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("don't match");
    expect(kid.lastText).not.toContain("I don't know that command");
  });

  it('a new password starting with "/" is taken as the password at both prompts', async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    await kid.press("I'll type my own");
    expect((await kid.send("/sunny-day-47")).deleteInbound).toBe(true);
    expect(kid.lastText).toContain("Type the same password again");
    expect((await kid.send("/sunny-day-47")).deleteInbound).toBe(true);
    expect(kid.lastText).toContain("Your new password is ready");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, "/sunny-day-47")).not.toBeNull();
  });

  it("a mistyped command at a set-up answer prompt is not saved as the secret answer", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    const sent = await kid.send("/strat");
    expect(sent.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("I don't know that command");
    expect(kid.lastText).toContain("What is your favourite animal?");
    expect(await openStep(world, kid)).toBe("setup.answer");
    await kid.send("Tiger");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
  });

  it("a mistyped command at a reset answer prompt is not taken as an answer, and costs no try", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/reset");
    const sent = await kid.send("/hlep");
    expect(sent.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("I don't know that command");
    expect(kid.lastText).toContain("Question 1 of 3");
    for (let i = 0; i < 3; i++) {
      const asked = kid.lastText;
      await kid.send(weiLingAnswerFor(asked));
    }
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("the menu buttons start set-up, reset and help", async () => {
    const kid = world.chat();
    const menu = await kid.send("/start");
    await kid.press("Set up my secret questions");
    expect(kid.lastText).toContain("Let's get you set up.");
    expect(kid.lastText).toContain("Type your user ID");

    await kid.deliver({ choice: buttonIn(menu, "Help") });
    expect(kid.lastText).toContain("To stop, type /cancel.");
    // Help from an old menu keeps the set-up where it was.
    expect(kid.lastText).toContain("Type your user ID");
    expect(await openStep(world, kid)).toBe("setup.id");

    await kid.deliver({ choice: buttonIn(menu, "I forgot my password") });
    expect(kid.lastText).toContain("I can only make a new password in the chat you used to set up");
  });
});
