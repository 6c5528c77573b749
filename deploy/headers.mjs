// The security headers the production build is served with: by `vite preview` (vite.config.ts,
// and so in every end-to-end test) and by the example web server config (deploy/nginx.conf,
// checked against this file by a unit test).
//
// The policy: everything from this origin only. No inline scripts, no eval, no inline <style>
// (React and MapLibre set styles through the CSSOM, which a policy does not restrict). Workers
// (MapLibre's and the import worker) are files from this origin. Any site may frame the page
// (embed mode).
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // MapLibre's stylesheet draws its control icons as data: SVG images
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
