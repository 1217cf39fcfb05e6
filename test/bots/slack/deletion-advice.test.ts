import { describe, expect, it } from "vitest";
import { withDeletionAdvice } from "../../../src/bots/slack/deletion-advice.js";
import type { Outcome } from "../../../src/core/messages.js";

const keys = (outcome: Outcome) => outcome.replies.map((reply) => reply.text.key);

describe("what a Slack student hears about words the core flags as a possible secret", () => {
  it("a DM message: how to delete it, first, in the replies' language; a command's text: nothing to delete", () => {
    const menu: Outcome = {
      replies: [{ text: { key: "menu.welcome" }, language: "ms" }],
      deleteInbound: true,
    };
    const told = withDeletionAdvice(menu, "message", "Tiger-Boat-90");
    expect(keys(told)).toEqual(["slack.deleteYourMessage", "menu.welcome"]);
    expect(told.replies[0]!.language).toBe("ms");
    expect(keys(withDeletionAdvice(menu, "command", "/Tiger-Boat-90"))).toEqual([
      "slack.secretAfterCommand",
      "menu.welcome",
    ]);
  });

  it("the refusal of a secret typed outside a box is replaced, not said twice", () => {
    const refused: Outcome = {
      replies: [
        { text: { key: "input.useSecureForm" } },
        { text: { key: "setup.askPassword" }, expectsSecret: true },
      ],
      deleteInbound: true,
      step: 3,
    };
    expect(keys(withDeletionAdvice(refused, "message", "Garden-Lamp-21"))).toEqual([
      "slack.useSecureFormDelete",
      "setup.askPassword",
    ]);
    expect(keys(withDeletionAdvice(refused, "command", "/Garden-Lamp-21"))).toEqual([
      "slack.useSecureFormCommand",
      "setup.askPassword",
    ]);
    expect(withDeletionAdvice(refused, "message", "x").step).toBe(3);
  });

  it("a teacher or admin (the core's register) hears it in the adult words, their refusal replaced too", () => {
    const refused: Outcome = {
      replies: [
        { text: { key: "input.staffUseSecureForm" }, language: "ta" },
        { text: { key: "guided.askAnswer" }, expectsSecret: true },
      ],
      deleteInbound: true,
      register: "staff",
    };
    expect(keys(withDeletionAdvice(refused, "message", "Tiger"))).toEqual([
      "slack.staffUseSecureFormDelete",
      "guided.askAnswer",
    ]);
    expect(keys(withDeletionAdvice(refused, "command", "/Tiger"))).toEqual([
      "slack.staffUseSecureFormCommand",
      "guided.askAnswer",
    ]);
    const typedId: Outcome = {
      replies: [{ text: { key: "staff.notYourStudent" } }],
      deleteInbound: true,
      register: "staff",
    };
    expect(keys(withDeletionAdvice(typedId, "message", "Garden-Lamp-21"))).toEqual([
      "slack.staffDeleteYourMessage",
      "staff.notYourStudent",
    ]);
    expect(keys(withDeletionAdvice(typedId, "command", "/Garden-Lamp-21"))).toEqual([
      "slack.staffSecretAfterCommand",
      "staff.notYourStudent",
    ]);
  });

  it("a file where a secret is asked, with words or none: how to delete it, as for a typed secret", () => {
    const askedAgain: Outcome = {
      replies: [
        { text: { key: "input.notText" } },
        { text: { key: "setup.askPassword" }, expectsSecret: true },
      ],
      deleteInbound: false,
      step: 3,
    };
    for (const captionWords of ["Tiger", ""]) {
      expect(keys(withDeletionAdvice(askedAgain, "message", undefined, { captionWords }))).toEqual([
        "slack.deleteYourMessage",
        "input.notText",
        "setup.askPassword",
      ]);
    }
    expect(withDeletionAdvice(askedAgain, "message", undefined)).toBe(askedAgain);
    const staff: Outcome = { ...askedAgain, register: "staff" };
    expect(keys(withDeletionAdvice(staff, "message", undefined, { captionWords: "" }))[0]).toBe(
      "slack.staffDeleteYourMessage",
    );
  });

  it("a file where no secret is asked: how to delete it only when its words look like a password", () => {
    const idAsked: Outcome = {
      replies: [{ text: { key: "input.notText" } }, { text: { key: "setup.askId" } }],
      deleteInbound: false,
    };
    expect(withDeletionAdvice(idAsked, "message", undefined, { captionWords: "" })).toBe(idAsked);
    expect(withDeletionAdvice(idAsked, "message", undefined, { captionWords: "S1001" })).toBe(idAsked);
    expect(
      keys(withDeletionAdvice(idAsked, "message", undefined, { captionWords: "Garden-Lamp-21" })),
    ).toEqual(["slack.deleteYourMessage", "input.notText", "setup.askId"]);
  });

  it("nothing is added when the core does not flag it, for a redelivery, or for a known command", () => {
    const plain: Outcome = { replies: [{ text: { key: "menu.welcome" } }], deleteInbound: false };
    expect(withDeletionAdvice(plain, "message", "hi")).toBe(plain);
    const again: Outcome = { replies: [], deleteInbound: true, duplicate: true };
    expect(withDeletionAdvice(again, "message", "Tiger-Boat-90")).toBe(again);
    // The core flags any text it could not read (busy, an outage): "/reset" is no secret.
    const busy: Outcome = { replies: [{ text: { key: "chat.busy" } }], deleteInbound: true };
    expect(withDeletionAdvice(busy, "command", "/reset")).toBe(busy);
    expect(withDeletionAdvice(busy, "message", "/unlock S1001")).toBe(busy);
    expect(keys(withDeletionAdvice(busy, "message", "hi"))).toEqual(["slack.deleteYourMessage", "chat.busy"]);
  });
});
