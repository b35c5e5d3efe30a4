/** What every stored document has: its id and the version compare-and-set updates check. */
export interface StoredDoc {
  id: string;
  version: number;
}
