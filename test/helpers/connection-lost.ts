import { vi } from "vitest";
import type { TestWorld } from "./test-world.js";

type Commands = Record<string, (...args: unknown[]) => Promise<unknown>>;

/**
 * The next run of the store script `command` fails as a dropped connection does. A save's script
 * (`guardSaveEnrolment`) is made first and only its reply is lost; any other (the turn's end) is not made.
 */
export function connectionLostOnce(world: TestWorld, command: string): void {
  const commands = world.redis as unknown as Commands;
  const original = commands[command]!.bind(world.redis);
  vi.spyOn(commands, command).mockImplementationOnce(async (...args: unknown[]) => {
    if (command === "guardSaveEnrolment") await original(...args);
    throw new Error("Connection is closed.");
  });
}
