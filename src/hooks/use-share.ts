import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';

/** The cover shown on a shared card (5:4); the zone may replace it with a photo of its own. */
export const SHARE_IMAGE = '/assets/share-cover.png';

export interface ShareTarget {
  title: string;
  /** The page to open, e.g. 'pages/park-detail/index'. */
  page: string;
  /** Query string without '?', e.g. 'id=jingde-smart', so a shared park opens on that park. */
  query?: string;
}

/**
 * Sharing to a chat (转发) and to 朋友圈 for a public page; its index.config.ts must set
 * enableShareAppMessage / enableShareTimeline too. Staff pages never call this, so they never share.
 */
export const useShare = (target: () => ShareTarget): void => {
  useShareAppMessage(() => {
    const { title, page, query } = target();
    return { title, path: `/${page}${query ? `?${query}` : ''}`, imageUrl: SHARE_IMAGE };
  });
  useShareTimeline(() => {
    const { title, query } = target();
    return { title, query: query ?? '', imageUrl: SHARE_IMAGE };
  });
};
