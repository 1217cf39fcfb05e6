import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/**
 * On a family phone "Which of you needs a new password?" lists the children's names. A child answers it the
 * way she answers anyone who asks who she is: she types her name. Her own name (or one word of it that only
 * she has, or her user ID) picks her, as her button would; anything else gets the hint and the question.
 */
describe("a family phone: the child types her name at 'Which of you?'", () => {
  let world: TestWorld;
  let phone: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    phone = world.chat("mums-phone");
    await phone.setUp("S1001", DEMO_PASSWORDS.S1001, ["Tiger", "Purple", "Chicken rice"]);
    await phone.press("No thanks");
    await phone.setUp("S1002", DEMO_PASSWORDS.S1002, ["Rabbit", "Orange", "Dumplings"]);
    await phone.press("No thanks");
  });
  afterEach(async () => world.close());

  for (const typed of ["Aisha", "aisha binte rahman", "AISHA!", "s1002", "Ａｉｓｈａ"]) {
    it(`"${typed}" picks Aisha, as her button would`, async () => {
      await phone.send("/reset");
      await phone.send(typed);
      expect(phone.lastText).toContain("Hi Aisha Binte Rahman!");
      expect(phone.lastText).toContain("Question 1 of 3");
    });
  }

  // The way a child answers "which of you?": "I'm Aisha", "saya Aisha", 我是Aisha, நான் Aisha; or the button's
  // number as Malay writes "2nd" (ke-2), or the keycap emoji 2️⃣.
  for (const typed of [
    ...["saya Aisha", "I'm Aisha", "I’m Aisha", "I am Aisha", "it's Aisha", "this is Aisha", "Aisha here"],
    ...["ini Aisha", "nama saya Aisha", "我是Aisha", "我叫 Aisha", "நான் Aisha", "நான்தான் Aisha"],
    ...["ke-2", "2️⃣"],
  ]) {
    it(`"${typed}" picks Aisha`, async () => {
      await phone.send("/reset");
      const sent = await phone.send(typed);
      expect(sent.deleteInbound).toBe(false);
      expect(phone.lastText).toContain("Hi Aisha Binte Rahman!");
    });
  }

  it("'I'm Arjun', a name not on the list, gets the hint and the question again", async () => {
    await phone.send("/reset");
    await phone.send("I'm Arjun");
    expect(phone.lastText).toContain("Tap a button, or type its number (1–2).");
    expect(phone.lastText).toContain("Which of you needs a new password?");
  });

  it("in Chinese too: the names are as the school spells them", async () => {
    await phone.send("/reset", { locale: "zh" });
    await phone.send("Wei Ling", { locale: "zh" });
    expect(phone.lastText).toContain("你好，Tan Wei Ling！");
  });

  it("a name not on the list gets the hint and the question again", async () => {
    await phone.send("/reset");
    await phone.send("Arjun");
    expect(phone.lastText).toContain("Tap a button, or type its number (1–2).");
    expect(phone.lastText).toContain("Which of you needs a new password?");
  });

  it("/logout's list still takes only a tap: a typed name unlinks nobody", async () => {
    await phone.send("/logout");
    await phone.send("Aisha");
    expect(phone.lastText).toContain("Please tap a button.");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001", "s1002"]);
  });
});

describe("a family phone where the children share a family name", () => {
  it("the shared word picks nobody; a word only one of them has picks her", async () => {
    const { MemoryDirectory } = await import("../../../src/directory/memory-directory.js");
    const child = (id: string, name: string) => ({
      id,
      name,
      role: "student" as const,
      classes: ["4A"],
      password: `Pass-${id}-2026`,
      disabled: false,
    });
    const world = await TestWorld.create(
      {},
      new MemoryDirectory([child("S2001", "Lim Jia Hui"), child("S2002", "Lim Jia Wen")]),
    );
    try {
      const phone = world.chat("family");
      await phone.setUp("S2001", "Pass-S2001-2026", ["Tiger", "Purple", "Chicken rice"]);
      await phone.press("No thanks");
      await phone.setUp("S2002", "Pass-S2002-2026", ["Rabbit", "Orange", "Dumplings"]);
      await phone.press("No thanks");
      await phone.send("/reset");
      await phone.send("Lim");
      expect(phone.lastText).toContain("Tap a button, or type its number (1–2).");
      await phone.send("jia");
      expect(phone.lastText).toContain("Tap a button, or type its number (1–2).");
      await phone.send("Wen");
      expect(phone.lastText).toContain("Hi Lim Jia Wen!");
    } finally {
      await world.close();
    }
  });
});

/**
 * A name said with the words around it ("I'm Ran") must not be read as a sibling's longer name those words run
 * into ("Imran"): the wrong sibling's reset would begin, and the right answers would count against him.
 */
describe("a family phone where one sibling's name runs on from the words another says before hers", () => {
  async function familyOf(names: readonly string[]) {
    const { MemoryDirectory } = await import("../../../src/directory/memory-directory.js");
    const people = names.map((name, i) => ({
      id: `S17${String(i + 1).padStart(2, "0")}`,
      name,
      role: "student" as const,
      classes: ["4A"],
      password: `Pass-S17${String(i + 1).padStart(2, "0")}-2026`,
      disabled: false,
    }));
    const world = await TestWorld.create({}, new MemoryDirectory(people));
    const phone = world.chat("family");
    const answers: [string, string, string][] = [
      ["Tiger", "Purple", "Chicken rice"],
      ["Rabbit", "Orange", "Dumplings"],
    ];
    for (const [i, person] of people.entries()) {
      await phone.setUp(person.id, person.password, answers[i]!);
      await phone.press("No thanks");
    }
    return { world, phone };
  }

  it("'I'm Ran' picks Ran, not Imran; 'Imran' and 'I'm Imran' pick Imran", async () => {
    const { world, phone } = await familyOf(["Ran Lee", "Imran Lee"]);
    try {
      await phone.send("/reset");
      await phone.send("I'm Ran");
      expect(phone.lastText).toContain("Hi Ran Lee!");
      // Her whole name after "I'm" is, run together, his button's words ("imranlee"): her name still.
      await phone.send("/reset");
      await phone.send("I'm Ran Lee");
      expect(phone.lastText).toContain("Hi Ran Lee!");
      for (const typed of ["Imran", "I'm Imran", "Imran Lee"]) {
        await phone.send("/reset");
        await phone.send(typed);
        expect(phone.lastText).toContain("Hi Imran Lee!");
      }
    } finally {
      await world.close();
    }
  });

  const cases: [names: [string, string], typed: string, picks: string | null][] = [
    [["Ina Tan", "Imina Tan"], "I'm Ina", "Ina Tan"],
    [["Ina Tan", "Imina Tan"], "Imina", "Imina Tan"],
    [["Ali bin Abu", "Sayaali bin Abu"], "saya Ali", "Ali bin Abu"],
    [["Ali bin Abu", "Sayaali bin Abu"], "Sayaali", "Sayaali bin Abu"],
    [["Man Tan", "Iman Tan"], "I'm An", null],
    [["Man Tan", "Iman Tan"], "I'm Man", "Man Tan"],
    // Her whole name, or her sister's "Aisha" and "here": nobody is guessed, both tap their button.
    [["Aisha Here", "Aisha Tan"], "Aisha here", null],
    [["Tan Wei Ling", "Tan Wei Ming"], "weiling", "Tan Wei Ling"],
    // A name the school writes as one word, typed as two, as children often write it.
    [["Tan Weiling", "Tan Wei Jie"], "wei ling", "Tan Weiling"],
    [["Lim Jiaxin", "Lim Jia Hui"], "Jia-Xin", "Lim Jiaxin"],
    [["Nurulain Binti Ahmad", "Siti Binti Ahmad"], "nurul ain", "Nurulain Binti Ahmad"],
  ];
  for (const [names, typed, picks] of cases) {
    it(`${names.join(" and ")}: "${typed}" ${picks === null ? "picks nobody" : `picks ${picks}`}`, async () => {
      const { world, phone } = await familyOf(names);
      try {
        await phone.send("/reset");
        await phone.send(typed);
        if (picks === null) {
          expect(phone.lastText).toContain("Tap a button, or type its number (1–2).");
          expect(phone.lastText).toContain("Which of you needs a new password?");
        } else expect(phone.lastText).toContain(`Hi ${picks}!`);
      } finally {
        await world.close();
      }
    });
  }
});

/**
 * A phone's keyboard or the school file may write a name with its accent or without it ("José", "Jose"): the
 * child who types either means herself, as her answers fold Latin accents (normalisation version 3). Two
 * siblings whose names differ only by an accent pick nobody: each taps her button.
 */
describe("a family phone: a name typed with or without its accent", () => {
  const cases: [names: [string, string], typed: string, picks: string | null][] = [
    [["José Tan", "Aisha Tan"], "Jose", "José Tan"],
    [["Zoë Lim", "Ken Lim"], "zoe", "Zoë Lim"],
    [["Chloé Ng", "Ravi Ng"], "I'm Chloe", "Chloé Ng"],
    // The school file has no accent, her keyboard adds one.
    [["Chloe Lim", "Ken Lim"], "Chloé", "Chloe Lim"],
    [["Jose Tan", "Aisha Tan"], "JOSÉ", "Jose Tan"],
    // Names that differ only by an accent: nobody is guessed.
    [["José Tan", "Jose Tan"], "Jose", null],
    [["José Tan", "Jose Tan"], "José", null],
  ];
  for (const [names, typed, picks] of cases) {
    it(`${names.join(" and ")}: "${typed}" ${picks === null ? "picks nobody" : `picks ${picks}`}`, async () => {
      const { MemoryDirectory } = await import("../../../src/directory/memory-directory.js");
      const people = names.map((name, i) => ({
        id: `S18${String(i + 1).padStart(2, "0")}`,
        name,
        role: "student" as const,
        classes: ["4A"],
        password: `Pass-S18${String(i + 1).padStart(2, "0")}-2026`,
        disabled: false,
      }));
      const world = await TestWorld.create({}, new MemoryDirectory(people));
      try {
        const phone = world.chat("family");
        const answers: [string, string, string][] = [
          ["Tiger", "Purple", "Chicken rice"],
          ["Rabbit", "Orange", "Dumplings"],
        ];
        for (const [i, person] of people.entries()) {
          await phone.setUp(person.id, person.password, answers[i]!);
          await phone.press("No thanks");
        }
        await phone.send("/reset");
        await phone.send(typed);
        if (picks === null) {
          expect(phone.lastText).toContain("Tap a button, or type its number (1–2).");
          expect(phone.lastText).toContain("Which of you needs a new password?");
        } else expect(phone.lastText).toContain(`Hi ${picks}!`);
      } finally {
        await world.close();
      }
    });
  }
});
