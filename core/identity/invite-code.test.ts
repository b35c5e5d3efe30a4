import { CODE_DRAWS, drawFreeCode, isInviteCode, newInviteCode } from './invite-code';

/** An id source that hands out the given ids in turn. */
const idsOf = (...ids: string[]) => ({ newId: () => ids.shift() ?? 'exhausted' });

describe('drawFreeCode', () => {
  it('draws again while a code is taken, and gives the first free one', async () => {
    const taken = new Set([newInviteCode(idsOf('a')), newInviteCode(idsOf('b'))]);
    const code = await drawFreeCode(idsOf('a', 'b', 'c'), async (c) => taken.has(c), 5);
    expect(code).toBe(newInviteCode(idsOf('c')));
    expect(isInviteCode(code ?? '')).toBe(true);
  });

  it('gives null after `tries` draws that were all taken, drawing no more', async () => {
    const drawn: string[] = [];
    const everyCodeTaken = async (c: string) => {
      drawn.push(c);
      return true;
    };
    const code = await drawFreeCode(idsOf('a', 'b', 'c'), everyCodeTaken, 2);
    expect(code).toBeNull();
    expect(drawn).toEqual([newInviteCode(idsOf('a')), newInviteCode(idsOf('b'))]);
  });

  it('draws CODE_DRAWS times when the caller names no number (invites and 评议 rounds alike)', async () => {
    let draws = 0;
    const code = await drawFreeCode(idsOf(...Array.from({ length: 10 }, (_, i) => `id-${i}`)), async () => {
      draws += 1;
      return true;
    });
    expect(code).toBeNull();
    expect(draws).toBe(CODE_DRAWS);
  });
});
