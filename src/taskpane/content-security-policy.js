// The task pane's Content-Security-Policy, defined once. webpack.config.js
// puts it into taskpane.html as a <meta http-equiv> and sends it (plus
// frame-ancestors, which a meta tag cannot carry) as a response header from
// the dev server. Production hosting must send the same header:
//   node -e "console.log(require('./src/taskpane/content-security-policy.js').contentSecurityPolicyHeader())"
//
// Plain CommonJS so that webpack.config.js and the tests can require it.
'use strict';

/** Microsoft's Office script host: office.js and the host scripts it loads (excel-web-16.00.js, strings, telemetry). */
const OFFICE_SCRIPT_HOST = 'https://appsforoffice.microsoft.com';

/**
 * Where Office on the web frames the pane: the Excel web frame and the pages
 * that hold it. Microsoft publishes no canonical list; these are the hosts
 * reported in OfficeDev/office-js#3342 and OfficeDev/office-js-docs-pr#4911.
 */
const OFFICE_WEB_FRAME_ANCESTORS = [
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.sharepoint.com',
  'https://*.cloud.microsoft',
  'https://onedrive.live.com',
];

/**
 * The policy's directives. `devServerOrigin` (e.g. "https://localhost:3000")
 * adds the dev server's web socket (live reload) to connect-src; leave it out
 * for production.
 */
function directives({ devServerOrigin } = {}) {
  const connect = ["'self'"];
  if (devServerOrigin) connect.push(devServerOrigin.replace(/^http/, 'ws').replace(/\/$/, ''));
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", OFFICE_SCRIPT_HOST]],
    // Fluent UI's Griffel inserts <style> elements at run time, which CSP
    // blocks without 'unsafe-inline' (a nonce would need a per-response page).
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', connect],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

function serialise(list) {
  return list.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The policy for taskpane.html's <meta http-equiv="Content-Security-Policy">. */
function contentSecurityPolicy(options) {
  return serialise(directives(options));
}

/** The policy as a response header: the meta policy plus frame-ancestors (ignored in a meta tag). */
function contentSecurityPolicyHeader(options) {
  return serialise([...directives(options), ['frame-ancestors', ["'self'", ...OFFICE_WEB_FRAME_ANCESTORS]]]);
}

module.exports = {
  OFFICE_SCRIPT_HOST,
  OFFICE_WEB_FRAME_ANCESTORS,
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
};
