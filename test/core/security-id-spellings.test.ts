import { beforeEach, describe, expect, it } from "vitest";
import { idMatchKey, typedUserId } from "../../src/core/flows/typed-id.js";
import { directoryMatching, MIA, ROSS } from "../helpers/matching-directory.js";
import {
  answersFor,
  resetTranscript,
  TYPED_ID_ROUTE,
  worldOnSchoolClock,
} from "../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

/*
 * A user ID written another way finds the same person on some directories: OpenLDAP takes the Turkish İ for
 * i; Active Directory compares capitals, so the dotless ı is i there; Windows does not look at accents and
 * takes ø for o and ß for ss (Microsoft KB 938447). A made-up ID's counters and decoy questions must take
 * each spelling as its plain letters too, on every directory, or 3 wrong passwords and one more try (or
 * the questions on the typed-ID route) tell a real ID from a made-up one (found by QA, one letter at a time).
 */

const PAUSED = "There were too many wrong passwords for this user ID.";

/** Small letters, as the memory directory matches (and OpenLDAP, but for İ). */
const bySmallLetters = (id: string) => id.trim().toLowerCase();
/** Each character in capitals on its own (ß keeps its one letter), as Active Directory compares names. */
const byCapitals = (id: string) => [...id.trim()].map((c) => (c === "ß" ? c : c.toUpperCase())).join("");
/** As Windows compares logon names: no accents or other marks, ß as ss, ø as o, in capitals. */
const withoutMarks = (id: string) =>
  id.trim().normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/gu, "ss").replace(/ø/giu, "o").toUpperCase();

/** The spellings of "mia" (real) and "qia" (made up) tried on each directory. */
const SPELLINGS: [string, string][] = [
  ["mİa", "qİa"],
  ["MİA", "QİA"],
  ["mıa", "qıa"],
  ["mía", "qía"],
  ["MÏA", "QÏA"],
];

it("typedUserId writes the plain letters, and leaves plain IDs, Tamil vowel signs and Chinese alone", () => {
  expect(typedUserId("mİa")).toBe("mia");
  expect(typedUserId("mıa")).toBe("mia");
  expect(typedUserId("m\u{1D6A4}a")).toBe("mia");
  expect(typedUserId("Mía")).toBe("Mia");
  expect(typedUserId("mi\u0308a")).toBe("mia");
  expect(typedUserId("b\u0328jǫrṅ")).toBe("bjorn");
  expect(typedUserId("RØß")).toBe("ROss");
  expect(idMatchKey("Jösé")).toBe("jose");
  expect(typedUserId("S1001")).toBe("S1001");
  expect(typedUserId("கமலா")).toBe("கமலா");
  expect(typedUserId("陈美华")).toBe("陈美华");
});

describe.each([
  ["small letters (the memory directory)", bySmallLetters],
  ["capitals (Active Directory)", byCapitals],
  ["capitals without marks (Windows)", withoutMarks],
])("a user ID written with other letters, on a directory that matches by %s", (_, fold) => {
  let world: TestWorld;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock(TYPED_ID_ROUTE, await directoryMatching(fold)));
  });

  async function wrongPasswords(id: string): Promise<void> {
    for (const name of ["a", "b", "c"]) {
      const chat = world.chat(`${id}-${name}`);
      await chat.send("/setup");
      await chat.send(id);
      await chat.send("Not-Her-Password-1");
    }
  }

  async function pausedAt(id: string): Promise<boolean> {
    const chat: TestChat = world.chat(`late-${id}`);
    await chat.send("/setup");
    await chat.send(id);
    return chat.lastText.includes(PAUSED);
  }

  it("3 wrong passwords for an ID pause it written every other way, real or made up alike", async () => {
    await wrongPasswords(MIA.id);
    await wrongPasswords("qia");
    for (const [real, madeUp] of SPELLINGS) {
      expect(await pausedAt(real)).toBe(true);
      expect(await pausedAt(madeUp)).toBe(true);
    }
  });

  it("ø for o and ß for ss count with the ID, real or made up alike", async () => {
    await wrongPasswords(ROSS.id);
    await wrongPasswords("qoss");
    for (const id of ["røss", "roß", "qøss", "qoß"]) expect(await pausedAt(id)).toBe(true);
  });

  it("a real ID gets her questions every way it is written, and a made-up one the same questions", async () => {
    await world.chat("kid-mia").setUp(MIA.id, MIA.password, MIA.answers);
    const wrong = answersFor({});
    const real = await resetTranscript(world.chat("stranger-real"), MIA.id, wrong);
    const madeUp = await resetTranscript(world.chat("stranger-made-up"), "qia", wrong);
    expect(real.questions).toEqual(["animal", "colour", "food"]);
    for (const [realSpelling, madeUpSpelling] of SPELLINGS) {
      const asReal = await resetTranscript(world.chat(`stranger-${realSpelling}`), realSpelling, wrong);
      const asMadeUp = await resetTranscript(world.chat(`stranger-${madeUpSpelling}`), madeUpSpelling, wrong);
      expect(asReal.questions).toEqual(real.questions);
      expect(asMadeUp.questions).toEqual(madeUp.questions);
    }
  });
});
