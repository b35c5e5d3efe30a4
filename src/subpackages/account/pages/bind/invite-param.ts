/** A `%` sequence that is not valid UTF-8 leaves the value as it came rather than failing the page. */
const decoded = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * The invite code the page was opened with: a scanned mini-program code brings it as `scene`
 * (URI-encoded by WeChat; our scene is the bare code, `code=…` is read too), the H5 link as `?code=`.
 */
export const inviteCodeFromParams = (params: Partial<Record<string, string>>): string => {
  if (params.scene) {
    const scene = decoded(params.scene).trim();
    const pair = /(?:^|&)code=([^&]*)/.exec(scene);
    return (pair ? (pair[1] ?? '') : scene).trim();
  }
  return decoded(params.code ?? '').trim();
};
