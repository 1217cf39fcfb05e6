import { createInterface } from "node:readline";
import { Writable, type Readable } from "node:stream";
import type { AlertSink } from "../../alerts/alert-sink.js";
import type { ChatEngine } from "../../core/channel-core.js";
import { choiceByNumber, type Choice, type Inbound, type Reply } from "../../core/messages.js";
import type { ChatChannel } from "../chat-channel.js";
import { translate } from "../../core/i18n/translate.js";
import { renderForConsole } from "./render-console.js";

export interface ConsoleIo {
  input: Readable;
  output: NodeJS.WritableStream;
  /** True for a person at a terminal: secret inputs are not echoed. False: one input per line, from a script. */
  interactive: boolean;
}

export interface ConsoleChannelOptions {
  /** Called when the input has ended and its last line is answered (the process may exit). */
  onEnd?: () => void;
}

/** The one chat account of the terminal. */
export const CONSOLE_USER = "local";

/**
 * The terminal channel: the embedded default, for demos and scripts. Choices print as numbered lines and
 * are answered by number. Each line is handled only after the reply to the previous one is printed.
 */
export class ConsoleChannel implements ChatChannel {
  readonly name = "console";
  private lastChoices: Choice[] = [];
  private secretNext = false;
  /** The language of the latest reply, for the terminal's own words ("(hidden)"). */
  private language: string | undefined;
  private lineNumber = 0;
  private lines: ReturnType<typeof createInterface> | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly engine: ChatEngine,
    private readonly io: ConsoleIo,
    private readonly options: ConsoleChannelOptions = {},
  ) {}

  /** Starts reading lines in the background; `onEnd` is called when the input ends. */
  async start(): Promise<void> {
    this.running = this.run().then(() => this.options.onEnd?.());
  }

  /** Stops reading and waits for the line in hand. */
  async stop(): Promise<void> {
    this.lines?.close();
    await this.running;
  }

  async notify(_chatUserId: string, reply: Reply): Promise<void> {
    this.print([reply], "📣 ");
  }

  /** The terminal is nobody's inbox: alerts go to the log only. */
  alertSinks(): AlertSink[] {
    return [];
  }

  /** Reads and answers lines until the input ends. */
  async run(): Promise<void> {
    // While a secret is typed, readline's echo goes to this muted stream instead of the terminal.
    let muted = false;
    const echo = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        if (!muted) this.io.output.write(chunk);
        done();
      },
    });
    // No history: the up arrow would bring a hidden line (a password, an answer) back onto the screen for
    // whoever sits at the terminal next.
    const lines = createInterface({
      input: this.io.input,
      output: echo,
      terminal: this.io.interactive,
      historySize: 0,
    });
    this.lines = lines;
    if (this.io.interactive) await this.handle({ text: "/start" });
    this.prompt(lines, (value) => (muted = value));
    for await (const line of lines) {
      if (this.io.interactive && this.secretNext) this.io.output.write("\n");
      await this.handle(this.toInbound(line));
      this.prompt(lines, (value) => (muted = value));
    }
  }

  private prompt(lines: ReturnType<typeof createInterface>, mute: (value: boolean) => void): void {
    if (!this.io.interactive) return;
    mute(false);
    const hidden = translate({ key: "console.hiddenPrompt" }, this.language);
    lines.setPrompt(this.secretNext ? `${hidden} > ` : "> ");
    lines.prompt();
    mute(this.secretNext);
  }

  /**
   * A typed number is the numbered choice shown last, at a hidden prompt too (the terminal has no buttons
   * to tap: "Keep my old answer", a language chosen mid-question): see choiceByNumber.
   */
  private toInbound(line: string): Pick<Inbound, "text" | "choice"> {
    const chosen = choiceByNumber(this.lastChoices, line);
    return chosen !== undefined ? { choice: chosen.id } : { text: line };
  }

  private async handle(input: Pick<Inbound, "text" | "choice">): Promise<void> {
    this.lineNumber += 1;
    const outcome = await this.engine.handle({
      channel: "console",
      chatUserId: CONSOLE_USER,
      isPrivate: true,
      updateId: `${process.pid}-${Date.now()}-${this.lineNumber}`,
      // The core's log lines of this line's work carry its number.
      logContext: { line: this.lineNumber },
      ...input,
    });
    // Two lists shown together (the languages, then the question asked again) are numbered on from each
    // other, so that each number picks what it was shown beside.
    this.lastChoices = this.print(outcome.replies);
    const last = outcome.replies.at(-1);
    this.language = last?.language ?? this.language;
    this.secretNext = last?.expectsSecret === true;
  }

  /** Prints the replies, their choices numbered on from one reply to the next; returns those choices. */
  private print(replies: Reply[], prefix = ""): Choice[] {
    const shown: Choice[] = [];
    for (const reply of replies) {
      this.io.output.write(`${prefix}${renderForConsole(reply, undefined, shown.length + 1)}\n\n`);
      shown.push(...(reply.choices ?? []));
    }
    return shown;
  }
}
