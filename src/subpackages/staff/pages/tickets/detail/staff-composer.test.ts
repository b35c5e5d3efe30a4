import type { TicketView } from '@core/app/contract';
import { availableModes, materialLines } from './staff-composer';

const withCan = (can: Partial<TicketView['can']>) => ({ can }) as unknown as TicketView;

describe('staff composer', () => {
  it('offers only the changes the server says the caller may make', () => {
    expect(availableModes(withCan({ reply: true, note: true, requestMaterials: true, resolve: true }))).toEqual([
      'reply',
      'requestMaterials',
      'note',
      'resolve',
    ]);
    expect(availableModes(withCan({ note: true }))).toEqual(['note']);
    expect(availableModes(withCan({ note: true, reassign: true }))).toEqual(['note', 'reassign']);
  });

  it('reads one material per line, without blanks', () => {
    expect(materialLines(' 环境影响报告表 \n\n项目备案证明\n  ')).toEqual(['环境影响报告表', '项目备案证明']);
  });
});
