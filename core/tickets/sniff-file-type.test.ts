import { sniffFileType } from './sniff-file-type';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffFileType', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    ['WEBP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    ['PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
    ['a RIFF that is not WEBP (WAV)', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '), null],
    ['an executable named .pdf', bytes('MZ', [0x90, 0]), null],
    ['HTML pretending to be an image', bytes('<html><script>'), null],
    ['a ZIP (docx)', bytes('PK', [3, 4]), null],
    ['an empty file', bytes(), null],
    ['a truncated PNG signature', bytes([0x89], 'PN'), null],
  ])('%s', (_label, content, expected) => {
    expect(sniffFileType(content)).toBe(expected);
  });
});
