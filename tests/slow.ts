/**
 * SLOW_TIMEOUT is the time budget of a test that does real work: builds a bundle, starts a
 * process, formats 200,000 rows. Each takes a second or so on an idle machine and several
 * times that on a loaded 2-core CI machine, past vitest's default 5 s.
 */
export const SLOW_TIMEOUT = 120_000;

/** WAIT_TIMEOUT is how long vi.waitFor waits for something that comes after a few promises; its default 1 s is too short under load. */
export const WAIT_TIMEOUT = 10_000;
