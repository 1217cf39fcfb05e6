import type { Channel, ChatRef } from "../core/chat.js";
import type { ChatNotifier, Reply } from "../core/messages.js";
import type { Logger } from "../logging/create-logger.js";

/** Sends one reply to one chat of a channel; each running channel registers one. */
export type ChannelSender = (chatUserId: string, reply: Reply) => Promise<void>;

/**
 * The core's way to reach a chat other than the one it is answering (a previously linked chat, a student's
 * chat during a teacher's guided reset). Routes to whichever channel the chat is on.
 */
export class NotifierRegistry implements ChatNotifier {
  private readonly senders = new Map<Channel, ChannelSender>();

  constructor(private readonly logger: Logger) {}

  register(channel: Channel, sender: ChannelSender): void {
    this.senders.set(channel, sender);
  }

  /** Throws when the notice could not be delivered, so a caller that must know (a guided reset) does. */
  async notify(chat: ChatRef, reply: Reply): Promise<void> {
    const sender = this.senders.get(chat.channel);
    if (sender === undefined) {
      this.logger.warn(
        { channel: chat.channel, key: reply.text.key },
        "no running channel to deliver a notice to",
      );
      throw new Error(`the ${chat.channel} channel is not running here`);
    }
    await sender(chat.chatUserId, reply);
  }
}
