/**
 * A line in someone's in-app message centre (消息). It works everywhere, whatever the person
 * answered to WeChat's subscribe prompt; subscribe messages (C9) are a copy, not a replacement.
 */
export interface InboxMessage {
  id: string;
  version: number;
  recipientUserId: string;
  title: string;
  body: string;
  /** Mini-program page to open, with its query: /pages/visit-detail/index?id=… */
  page: string | null;
  createdAt: number;
  /** null until read. */
  readAt: number | null;
}
