import ExcelJS from 'exceljs';
import type { TestStack } from './temp-sqlite-store';

/** Keeps every workbook an export saves (instead of a file store); the list fills as exports run. */
export const captureExports = (stack: TestStack): Uint8Array[] => {
  const files: Uint8Array[] = [];
  stack.deps.exportFiles = {
    save: async (_name, bytes) => {
      files.push(bytes);
      return { url: '/x', expiresAt: 0 };
    },
  };
  return files;
};

export const readBook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
};

/** The table under the four header rows and the column headings, as plain values. */
export const tableOf = (book: ExcelJS.Workbook, name: string) => {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const width = ws.getRow(5).cellCount;
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 5) rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null));
  });
  return { ws, rows };
};
