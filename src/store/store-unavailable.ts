import { StoreUnavailableError } from "../core/errors.js";

/**
 * ioredis gives up a command held through a reconnect that failed with words about its maxRetriesPerRequest
 * option, which no setting of the bot changes: the log says what happened instead.
 */
const GIVEN_UP = "MaxRetriesPerRequestError";
const GIVEN_UP_WORDS = "no answer: the connection to Redis is down (the bot keeps reconnecting)";

/**
 * ioredis attaches the failed command with its arguments (keys, dialog JSON, answer hashes) to its errors.
 * The cause we pass on keeps only what helps an operator: name, message, code and stack.
 */
function withoutCommand(error: unknown, whyDown?: () => unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const givenUp = error.name === GIVEN_UP;
  // Why the connection is down (a refused TLS certificate, a refused login): what the admin's words need.
  const why = givenUp ? whyDown?.() : undefined;
  const clean = new Error(givenUp ? GIVEN_UP_WORDS : error.message);
  clean.name = error.name;
  // The stack's first line repeats the message: the same words there too.
  if (error.stack !== undefined)
    clean.stack = givenUp ? error.stack.replace(error.message, GIVEN_UP_WORDS) : error.stack;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") Object.assign(clean, { code });
  if (why instanceof Error && why !== error) clean.cause = withoutCommand(why);
  return clean;
}

/**
 * Redis refused a command for the user's ACL (NOPERM), also within a transaction (EXECABORT, its
 * previousErrors) or a script.
 */
function refusedCommand(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const previous = (error as { previousErrors?: unknown }).previousErrors;
  const errors = [error, ...(Array.isArray(previous) ? previous : [])];
  return errors.some((e) => e instanceof Error && /\bNOPERM\b/.test(e.message));
}

/**
 * Runs one store operation; any Redis failure comes out as StoreUnavailableError, without key values.
 * `timeoutMs` bounds the whole operation: ioredis's own timeouts do not cover every path (a Cluster that is
 * reconnecting queues commands with no limit), and a student should hear "try again later", not silence.
 * `whyDown`: the connection's last error, kept as the cause of ioredis giving up on a command.
 * `whoIsRefused`: who the bot logs in as and what its ACL needs (loginAclWords), the words of a command
 * Redis refused (NOPERM), which no reconnect changes.
 */
export async function guarded<T>(
  operation: () => Promise<T>,
  timeoutMs: number,
  whyDown?: () => unknown,
  whoIsRefused?: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([operation(), deadline]);
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    // Not "NOPERM" itself in these words: the admin tools find Redis's own reason in the cause.
    const refused =
      whoIsRefused !== undefined && refusedCommand(error)
        ? `Redis refused the bot a command: ${whoIsRefused}`
        : undefined;
    throw new StoreUnavailableError(refused, { cause: withoutCommand(error, whyDown) });
  } finally {
    clearTimeout(timer);
  }
}
