/*
 * The juror page without network: a service worker served by the laptop's
 * local server (same origin, so the page's CSP `script-src 'self'` allows it).
 * Network first, always: while the laptop answers, the phone gets the current
 * page; when it does not, the copy kept here. The API (/api/…) is never
 * cached: scores travel over the WebSocket and wait in the phone's storage.
 *
 * Browsers run service workers only in secure contexts (https, or localhost):
 * over plain http on the venue's Wi-Fi a phone does not install it, and a
 * reload without network shows the browser's error page (README, local network).
 */
const CACHE = 'pitch-jury-page-v1';

/** The page and the files it loads (index.html names the hashed bundles), fetched at install. */
async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch('./', { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put('./', response);
  const assets = [...html.matchAll(/(?:src|href)="(\.\/[^"]+)"/g)].map((m) => m[1]);
  await Promise.all(
    assets.map(async (asset) => {
      try {
        const file = await fetch(asset, { cache: 'no-store' });
        if (file.ok) await cache.put(asset, file);
      } catch {
        // Fetched again at the next visit; the runtime cache below catches it meanwhile.
      }
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/'))
    return;
  const navigation = request.mode === 'navigate';
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put(navigation ? './' : request, copy));
        }
        return response;
      })
      .catch(async () => {
        const cache = await caches.open(CACHE);
        const kept = await cache.match(navigation ? './' : request, { ignoreSearch: navigation });
        return kept ?? Response.error();
      }),
  );
});
