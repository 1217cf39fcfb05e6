/** The chat platforms the bot speaks on. */
export type Channel = "console" | "telegram" | "slack";

/** One chat account on one platform: who is talking to the bot. */
export interface ChatRef {
  channel: Channel;
  chatUserId: string;
}

/** A stable string for a chat account, used as a store key and in audit events. */
export function chatKey(chat: ChatRef): string {
  return `${chat.channel}:${chat.chatUserId}`;
}

export function parseChatKey(key: string): ChatRef | null {
  const at = key.indexOf(":");
  if (at < 0) return null;
  const channel = key.slice(0, at);
  if (channel !== "console" && channel !== "telegram" && channel !== "slack") return null;
  return { channel, chatUserId: key.slice(at + 1) };
}
