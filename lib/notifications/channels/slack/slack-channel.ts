import "server-only";
import type { Channel } from "../../outbox/channel";
import { type ChatMessage, openChatChannel } from "../chat/open-chat-channel";
import type { HttpSenderSettings } from "../http/http-sender";
import { slackMessage } from "./slack-message";

// Slack's incoming webhooks; Mattermost's and Rocket.Chat's take the same body.

export async function openSlackChannel(settings: HttpSenderSettings = {}): Promise<Channel<ChatMessage>> {
  return openChatChannel(slackMessage, settings);
}
