// @ts-check
// Builds the Excel add-in's task pane into dist/addin/ (dist/ itself is the
// command line's tsc output), laid out as Microsoft's Office-Addin-TaskPane-React
// template: taskpane.html + its scripts, assets/, manifest.xml.
//
//   npm run build:addin     production build; dist/addin/manifest.xml points at PLANSHEETS_URL
//   npm run dev-server      https://localhost:3000/ with the dev certificate of office-addin-dev-certs
//
// PLANSHEETS_URL is the one production setting: the https origin (and path,
// ending in "/") where dist/addin/ is served, e.g.
//   PLANSHEETS_URL=https://plansheets.example.fi/ npm run build:addin
// The production host must send the header that contentSecurityPolicyHeader()
// in src/taskpane/content-security-policy.js returns (frame-ancestors cannot
// be set in the page's meta tag).
'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { contentSecurityPolicy, contentSecurityPolicyHeader } = require('./src/taskpane/content-security-policy.js');

/** Every URL in manifest.xml is on this origin: the dev server's. */
const DEV_URL = 'https://localhost:3000/';
/** Where the production build is served; see the top of this file. */
const PRODUCTION_URL = process.env.PLANSHEETS_URL || 'https://plansheets.example.invalid/';

const OUTPUT_DIR = path.resolve(__dirname, 'dist', 'addin');

/**
 * The pane's own JavaScript must stay under 300 KB gzip. webpack's performance
 * hints count bytes before compression; the minified React and Fluent UI
 * bundle compresses about 3.2 : 1 (277 845 bytes to 87 265 with gzip -9), so
 * 900 000 bytes is about 280 KB gzip. test/addin/build.test.ts measures the
 * gzip size itself.
 */
const MAX_PANE_JS_BYTES = 900_000;

/** An https URL ending in "/", or an error saying what is wrong with the setting. */
function normaliseBaseUrl(url, name = 'PLANSHEETS_URL') {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${name} must be an absolute https URL, not ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`${name} must use https (Office loads add-ins only over https): ${url}`);
  if (parsed.search || parsed.hash) throw new Error(`${name} must not have a query or fragment: ${url}`);
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

/** manifest.xml for production: every dev URL moved to the production base URL. */
function productionManifest(xml, productionUrl = PRODUCTION_URL) {
  const base = normaliseBaseUrl(productionUrl);
  if (base === DEV_URL) throw new Error(`PLANSHEETS_URL must not be the dev origin ${DEV_URL}`);
  return xml.split(DEV_URL).join(base);
}

async function devServerHttpsOptions() {
  // Loaded only when serving, so a production build does not need it.
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/** @returns {Promise<import('webpack').Configuration>} */
async function config(env = {}, argv = {}) {
  const dev = argv.mode === 'development';
  const devOrigin = DEV_URL.replace(/\/$/, '');
  const cspOptions = dev ? { devServerOrigin: devOrigin } : {};
  const html = (filename, template, chunks) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      templateParameters: { contentSecurityPolicy: contentSecurityPolicy(cspOptions) },
    });

  return {
    mode: dev ? 'development' : 'production',
    context: __dirname,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: OUTPUT_DIR,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    // Never an eval-based devtool: the pane's CSP has no 'unsafe-eval'.
    devtool: 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: dev } },
                target: 'es2019',
              },
            },
          },
        },
      ],
    },
    optimization: {
      // React and Fluent UI in their own file, cached across releases of the pane's code.
      splitChunks: { chunks: 'all', cacheGroups: { defaultVendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors' } } },
    },
    performance: {
      hints: dev ? false : 'error',
      maxEntrypointSize: MAX_PANE_JS_BYTES,
      maxAssetSize: MAX_PANE_JS_BYTES,
      assetFilter: (file) => file.endsWith('.js'),
    },
    plugins: [
      html('taskpane.html', './src/taskpane/taskpane.html', ['taskpane']),
      html('support.html', './assets/support.html', []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: dev ? undefined : (content) => productionManifest(content.toString('utf8')),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: Number(new URL(DEV_URL).port),
          server: { type: 'https', options: await devServerHttpsOptions() },
          headers: { 'Content-Security-Policy': contentSecurityPolicyHeader(cspOptions) },
          hot: false,
          liveReload: true,
        }
      : undefined,
  };
}

module.exports = config;
module.exports.DEV_URL = DEV_URL;
module.exports.PRODUCTION_URL = PRODUCTION_URL;
module.exports.MAX_PANE_JS_BYTES = MAX_PANE_JS_BYTES;
module.exports.normaliseBaseUrl = normaliseBaseUrl;
module.exports.productionManifest = productionManifest;
