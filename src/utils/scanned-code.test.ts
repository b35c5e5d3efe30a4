import { scannedCodeFromParams } from '@/utils/scanned-code';

describe('the code a page opens with (an invite, a 现场评议 round)', () => {
  it.each([
    ['a scanned mini-program code (scene = the code)', { scene: 'AB12CD34' }, 'AB12CD34'],
    ['a scene WeChat URI-encoded', { scene: encodeURIComponent('AB12-CD34') }, 'AB12-CD34'],
    ['a scene of key=value pairs', { scene: encodeURIComponent('code=AB12CD34&from=poster') }, 'AB12CD34'],
    ['the H5 link', { code: 'AB12CD34' }, 'AB12CD34'],
    ['scene before code', { scene: 'AB12CD34', code: 'ZZZZZZZZ' }, 'AB12CD34'],
    ['a broken % sequence', { scene: 'AB12%E0' }, 'AB12%E0'],
    ['nothing', {}, ''],
  ])('%s', (_label, params, expected) => {
    expect(scannedCodeFromParams(params)).toBe(expected);
  });
});
