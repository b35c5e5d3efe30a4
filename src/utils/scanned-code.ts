/** A `%` sequence that is not valid UTF-8 leaves the value as it came rather than failing the page. */
const decoded = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * The code a page was opened with (the bind page's invite code, the rating page's round code): a
 * scanned mini-program code brings it as `scene` (URI-encoded by WeChat; our scene is the bare code,
 * `code=…` is read too), the H5 link and the QR path as `?code=`.
 */
export const scannedCodeFromParams = (params: Partial<Record<string, string>>): string => {
  if (params.scene) {
    const scene = decoded(params.scene).trim();
    const pair = /(?:^|&)code=([^&]*)/.exec(scene);
    return (pair ? (pair[1] ?? '') : scene).trim();
  }
  return decoded(params.code ?? '').trim();
};
