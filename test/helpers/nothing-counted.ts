import { expect } from "vitest";
import { WEI_LING } from "./dialog-helpers.js";
import type { countArgon2 } from "./security-helpers.js";
import type { TestChat, TestWorld } from "./test-world.js";

/**
 * Words at an answer prompt that are no answer (a command word, "I don't know") cost nothing: no argon2
 * check, no suspension or alert for Wei Ling, no pause of `chat`, no attempt about her.
 */
export async function expectNothingCounted(
  world: TestWorld,
  argon: ReturnType<typeof countArgon2>,
  chat: TestChat,
): Promise<void> {
  expect(argon.verifications).toBe(0);
  expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
  const ctx = { chat: chat.ref, now: Date.now(), deps: world.deps };
  expect(await world.deps.limits.chatBlockedUntil(ctx)).toBeNull();
  expect(await world.deps.store.attemptCountsOf(WEI_LING.id)).toEqual([]);
  expect(world.alerts.ofKind("suspension")).toEqual([]);
}
