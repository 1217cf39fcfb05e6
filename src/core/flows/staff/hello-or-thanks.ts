import { saysHello } from "../../greeting-words.js";
import { saysThanks } from "../../thanks-words.js";

/**
 * Which small talk `typed` is when it is a greeting or thanks and nothing else ("hi", "thanks", 你好, நன்றி),
 * as staff type it where a user ID or a class goes; null for any other words.
 */
export function helloOrThanks(typed: string): "hello" | "thanks" | null {
  if (saysHello(typed)) return "hello";
  return saysThanks(typed) ? "thanks" : null;
}
