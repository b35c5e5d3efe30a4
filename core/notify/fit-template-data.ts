import type { TemplateFieldKind } from '@core/settings';

/** WeChat's limits per field kind (47003 otherwise): thing ≤ 20, phrase ≤ 5 Chinese, name ≤ 10, character_string ≤ 32 ASCII. */
const LIMITS: Record<TemplateFieldKind, number> = { thing: 20, phrase: 5, name: 10, character_string: 32, time: 40 };

const cut = (text: string, max: number): string => {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
};

/**
 * Makes a value acceptable for its field kind, at the source, so a send never fails for length:
 * long text is cut with …, a phrase keeps only Chinese characters, a character_string only ASCII.
 */
export const fitTemplateValue = (kind: TemplateFieldKind, value: string): string => {
  const text = value.trim();
  switch (kind) {
    case 'phrase':
      return [...text.replace(/[^\u4e00-\u9fa5]/g, '')].slice(0, LIMITS.phrase).join('') || '通知';
    case 'character_string':
      return text.replace(/[^\x21-\x7e]/g, '').slice(0, LIMITS.character_string) || '-';
    default:
      return cut(text || '-', LIMITS[kind]);
  }
};

export const fitTemplateData = (
  fields: Readonly<Record<string, TemplateFieldKind>>,
  values: Readonly<Record<string, string>>,
): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).map(([name, kind]) => [name, fitTemplateValue(kind, values[name] ?? '')]));
