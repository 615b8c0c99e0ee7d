/** Debian's Chromium: no browser is downloaded here. `CHROMIUM_PATH` points elsewhere on another machine. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
