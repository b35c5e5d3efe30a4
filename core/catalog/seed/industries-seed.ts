import type { Industry } from '../catalog';

/**
 * The five 主导产业 the article names (it says six; the sixth is not named and is not invented),
 * followed by the industries the park names themselves stand for. Editable by the office later.
 */
export const INDUSTRIES_SEED: Industry[] = [
  { id: 'pharma-medical', version: 1, name: '新型医药和医疗器械', isLeading: true, order: 1 },
  { id: 'green-chemical', version: 1, name: '绿色高端化工', isLeading: true, order: 2 },
  { id: 'high-end-equipment', version: 1, name: '高端装备制造', isLeading: true, order: 3 },
  { id: 'new-materials', version: 1, name: '新材料', isLeading: true, order: 4 },
  { id: 'modern-agriculture', version: 1, name: '现代高效农业', isLeading: true, order: 5 },
  { id: 'smart-manufacturing', version: 1, name: '智能制造', isLeading: false, order: 6 },
  { id: 'railway-logistics', version: 1, name: '铁路物流', isLeading: false, order: 7 },
  { id: 'aviation', version: 1, name: '航空产业', isLeading: false, order: 8 },
  { id: 'innovation', version: 1, name: '创新创业', isLeading: false, order: 9 },
];
