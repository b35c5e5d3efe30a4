import { fitTemplateData, fitTemplateValue } from './fit-template-data';

describe('fitting subscribe-message data to WeChat field rules (no 47003 at send time)', () => {
  it.each([
    ['thing', '京德智造产业园、新材料产业园、航空产业园考察', '京德智造产业园、新材料产业园、航空产业…'],
    ['thing', '短文本', '短文本'],
    ['thing', '   ', '-'],
    ['phrase', '已确认', '已确认'],
    ['phrase', '已确认 OK!', '已确认'],
    ['phrase', '预约已经确认完成了', '预约已经确'],
    ['phrase', 'OK', '通知'],
    ['name', '一二三四五六七八九十十一', '一二三四五六七八九…'],
    ['character_string', 'ZD-2026 单号 001', 'ZD-2026001'],
    ['time', '2026年11月30日 14:30', '2026年11月30日 14:30'],
  ] as const)('%s %j → %j', (kind, value, expected) => {
    expect(fitTemplateValue(kind, value)).toBe(expected);
  });

  it('fills every field of the template, missing values included', () => {
    expect(fitTemplateData({ thing1: 'thing', phrase2: 'phrase' }, { thing1: '园区' })).toEqual({
      thing1: '园区',
      phrase2: '通知',
    });
  });
});
