/**
 * Parses JSON that came from outside (a stored job, a button's value, a view's private_metadata): use it
 * before a zod `safeParse`, which then rejects the `undefined` that stands for missing or broken text.
 */
export function safeJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "");
  } catch {
    return undefined;
  }
}
