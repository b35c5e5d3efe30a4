/**
 * Runs a check under several process time zones (Node re-reads TZ when it is assigned): an answer at
 * +08:00 must not depend on where the process runs (cloud functions run in UTC, phones at +08:00).
 */
export const underEachTimeZone = (check: () => void): void => {
  const original = process.env.TZ;
  try {
    for (const tz of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      check();
    }
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
};
