import type { TicketHandler } from '../ticket-actions';
import { AppError, notFound } from '@core/kernel/errors';
import { get } from './ticket-owner-handlers';

/** Long enough to open or download one file, short enough that a forwarded link soon dies. */
export const ATTACHMENT_LINK_SECONDS = 300;

const HIDDEN = '文件不存在或无权查看';

/**
 * The one way to read an attachment: the caller must see the ticket (tickets.get's check, which also
 * hides internal notes and their files from the enterprise) and the file must be on what they see.
 * A stranger, or a fileID from elsewhere, gets NOT_FOUND and no link is made.
 */
export const attachmentLink: TicketHandler<'tickets.attachmentLink'> = async ({ ticketId, fileId }, ctx) => {
  const view = await get({ ticketId }, ctx);
  const visible = [...view.attachments, ...view.timeline.flatMap((line) => line.attachments)];
  if (!visible.some((file) => file.fileId === fileId)) throw notFound(HIDDEN);
  const { files, clock } = ctx.deps;
  if (!files) throw new AppError('UNAVAILABLE', '此环境的附件请通过文件链接接口查看');
  const url = await files.tempUrl(fileId, ATTACHMENT_LINK_SECONDS);
  if (!url) throw notFound(HIDDEN);
  return { url, expiresAt: clock.now() + ATTACHMENT_LINK_SECONDS * 1000 };
};
