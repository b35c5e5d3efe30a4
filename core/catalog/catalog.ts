/** The park catalogue (C1). A null figure means the zone has not published it: shown as 待补充. */

export interface Industry {
  id: string;
  version: number;
  name: string;
  /** One of the zone's 主导产业. The article says six but names five; the list stays editable. */
  isLeading: boolean;
  order: number;
}

export interface KeyFigure {
  label: string;
  /** null: not published yet; the UI says 待补充 instead of inventing a number. */
  value: string | null;
}

export type ParkStatus = 'operating' | 'under_construction' | 'planning' | 'unknown';

export interface Park {
  id: string;
  version: number;
  name: string;
  order: number;
  summary: string;
  description: string;
  industryIds: string[];
  status: ParkStatus;
  /** 占地, in 亩. */
  areaMu: number | null;
  /** 总投资, in 亿元. */
  investmentYi: number | null;
  figures: KeyFigure[];
  highlights: string[];
  address: string | null;
  location: { latitude: number; longitude: number } | null;
  /** A role, never a person's phone number: "园区招商服务专员". */
  contactRole: string;
}

/** withdrawn: 已下架 — kept for the record, no longer listed (a unit is never deleted). */
export type FactoryStatus = 'planned' | 'under_construction' | 'vacant' | 'reserved' | 'occupied' | 'withdrawn';

export interface Factory {
  id: string;
  version: number;
  parkId: string;
  name: string;
  areaM2: number | null;
  floors: number | null;
  status: FactoryStatus;
  /** Local YYYY-MM-DD when known; readyNote carries what the source says otherwise. */
  readyDate: string | null;
  readyNote: string | null;
  isCustomBuild: boolean;
  note: string | null;
}

export type ArticleCategory = 'news' | 'policy';

/** Only published articles are public; a published one is withdrawn (撤回), never deleted. */
export type ArticleStatus = 'draft' | 'published' | 'withdrawn';

export interface Article {
  id: string;
  version: number;
  category: ArticleCategory;
  title: string;
  summary: string;
  /** Paragraphs of plain text; no HTML crosses the wire. */
  body: string[];
  source: string;
  /** UTC ms: 发布时间 once published; a draft carries its creation time until then. */
  publishedAt: number;
  parkIds: string[];
  status: ArticleStatus;
  /** UTC ms of the last change (the office's list is newest first). */
  updatedAt: number;
}

export const PARK_STATUS_LABELS: Record<ParkStatus, string> = {
  operating: '运营中',
  under_construction: '建设中',
  planning: '规划中',
  unknown: '状态待补充',
};

export const FACTORY_STATUS_LABELS: Record<FactoryStatus, string> = {
  planned: '规划中',
  under_construction: '在建',
  vacant: '可入驻',
  reserved: '已预订',
  occupied: '已入驻',
  withdrawn: '已下架',
};

/** What the public catalogue lists; 已下架 units stay in the office's list only. */
export const PUBLIC_FACTORY_STATUSES: readonly FactoryStatus[] = [
  'planned',
  'under_construction',
  'vacant',
  'reserved',
  'occupied',
];

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: '草稿',
  published: '已发布',
  withdrawn: '已撤回',
};

export const ARTICLE_CATEGORY_LABELS: Record<ArticleCategory, string> = {
  news: '招商动态',
  policy: '政策',
};
