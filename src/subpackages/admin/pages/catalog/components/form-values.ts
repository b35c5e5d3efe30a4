/** What the office typed → what the schemas read: an empty box is "not published" (null). */
export const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
export const textOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
/** One paragraph or item a line; blank lines dropped. */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
export const shown = (value: number | string | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);
