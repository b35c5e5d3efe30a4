/**
 * WeChat one-time subscribe messages (C9). A template is chosen by the zone in the mini-program
 * console; its id lives in settings/subscribe. Each tap-accept allows exactly one send.
 */

/** What a template field may hold (WeChat checks these; a violation is error 47003). */
export type TemplateFieldKind = 'thing' | 'phrase' | 'time' | 'name' | 'character_string';

export interface SubscribeTemplate {
  /** The template's title in the WeChat library, for the office to pick the matching one. */
  title: string;
  /** Our field names → their kinds; the office picks a template with these keywords in this order. */
  fields: Readonly<Record<string, TemplateFieldKind>>;
}

export const SUBSCRIBE_TEMPLATES = {
  visit_result: {
    title: '预约结果通知',
    fields: { thing1: 'thing', time2: 'time', phrase3: 'phrase', thing4: 'thing' },
  },
  visit_reminder: {
    title: '预约到期提醒',
    fields: { thing1: 'thing', time2: 'time', thing3: 'thing' },
  },
} as const satisfies Record<string, SubscribeTemplate>;

export type SubscribeTemplateKey = keyof typeof SUBSCRIBE_TEMPLATES;
export const SUBSCRIBE_TEMPLATE_KEYS = Object.keys(SUBSCRIBE_TEMPLATES) as SubscribeTemplateKey[];

/** settings/subscribe: the console's template ids; a key without an id is simply never sent. */
export interface SubscribeSettings {
  id: 'subscribe';
  version: number;
  templateIds: Partial<Record<SubscribeTemplateKey, string>>;
}
