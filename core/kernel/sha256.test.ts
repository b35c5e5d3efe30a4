import { createHash } from 'node:crypto';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it.each(['', 'abc', '零距离 · 审计', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), '😀'.repeat(40)])(
    'matches node:crypto for %j',
    (text) => {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    },
  );
});
