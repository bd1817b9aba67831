// Debian's Chromium and the flags it needs here (see shared/TOOLCHAIN.md): Playwright cannot download its
// own browsers on these machines, and without the networking flags Chromium keeps calling out at start.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches headless Chromium through Playwright (used as a driver only). */
export async function launchChromium() {
  const { chromium } = await import('playwright');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
