import "server-only";
import { composeEmail, loadEmailContent } from "../email/compose-email";
import type { NotificationRenderer } from "./notification-renderer";

/** The production renderer: lib/email loads and lays out once, then composes per recipient. */
export const renderNotification: NotificationRenderer = async (notificationId) => {
  const content = await loadEmailContent(notificationId);
  return content && ((recipient) => composeEmail(content, recipient));
};
