import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's chromium, driven by playwright-core; CI installs it. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
/** Screenshots the browser tests leave behind (git-ignored), to be looked at. */
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');

/** `describe` when chromium is installed, else `describe.skip` with a line saying why. */
export function describeInChromium(suite: string): jest.Describe {
  if (existsSync(CHROMIUM)) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    return describe;
  }
  console.warn(`${suite} browser test skipped: ${CHROMIUM} is not installed (apt-get install -y chromium).`);
  return describe.skip;
}
