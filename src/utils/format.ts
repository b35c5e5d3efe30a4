/** Display helpers; a missing figure is always 待补充, never a guess. */
export const PENDING = '待补充';

export const formatMu = (mu: number | null): string => (mu === null ? PENDING : `${mu}亩`);
export const formatYi = (yi: number | null): string => (yi === null ? PENDING : `${yi}亿元`);
export const formatM2 = (m2: number | null): string =>
  m2 === null ? PENDING : m2 >= 10000 && m2 % 1000 === 0 ? `${m2 / 10000}万平方米` : `${m2}平方米`;
export const formatFloors = (floors: number | null): string => (floors === null ? PENDING : `${floors}层`);
