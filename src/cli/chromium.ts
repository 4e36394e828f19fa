/** Debian's Chromium, as the browser tests and the bench use it (see shared/design/toolchain.md). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags that keep Chromium from reaching out to anything: this machine has no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Even so, Chromium looks up Google's hosts (accounts, clients2, www): every name but the local
  // server's resolves to nothing, so no request can leave 127.0.0.1.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
