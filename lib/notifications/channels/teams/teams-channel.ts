import "server-only";
import type { Channel } from "../../outbox/channel";
import { type ChatMessage, openChatChannel } from "../chat/open-chat-channel";
import type { HttpSenderSettings } from "../http/http-sender";
import { teamsMessage } from "./teams-message";

// Microsoft Teams through a Workflows webhook ("When a Teams webhook request is received",
// which posts the Adaptive Card it is given); Office 365 connectors are retired.

export async function openTeamsChannel(settings: HttpSenderSettings = {}): Promise<Channel<ChatMessage>> {
  return openChatChannel(teamsMessage, settings);
}
