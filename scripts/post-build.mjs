// Trunk's post-build hook: the CSP first (it changes index.html), then the service worker
// (its cache version hashes every built file, index.html included).
await import('./csp.mjs');
await import('./sw.mjs');
