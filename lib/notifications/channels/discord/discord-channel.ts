import "server-only";
import type { Channel } from "../../outbox/channel";
import { type ChatMessage, openChatChannel } from "../chat/open-chat-channel";
import type { HttpSenderSettings } from "../http/http-sender";
import { discordMessage } from "./discord-message";

// A Discord channel's webhook (Server settings → Integrations → Webhooks).

export async function openDiscordChannel(settings: HttpSenderSettings = {}): Promise<Channel<ChatMessage>> {
  return openChatChannel(discordMessage, settings);
}
