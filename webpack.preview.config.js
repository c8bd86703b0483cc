// @ts-check
// Builds the browser preview into dist/preview/: the production task pane
// (src/taskpane, the same App and bootstrap) running against the strict fake
// Excel host (src/excel/fake-host), beside a grid view of the fake workbook.
// The pane's own config (webpack.config.js) is reused for everything but the
// entry, the page and the output folder, so the preview compiles the pane
// exactly as the add-in does.
//
//   npm run preview                       build, then serve on http://127.0.0.1:3100/
//   npx webpack --config webpack.preview.config.js [--mode production] [--output-path DIR]
//
// Development mode by default (readable React warnings, faster build);
// --mode production builds it minified, as the add-in is.
'use strict';

const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const paneConfig = require('./webpack.config.js');
const { contentSecurityPolicy } = require('./src/taskpane/content-security-policy.js');

const OUTPUT_DIR = path.resolve(__dirname, 'dist', 'preview');

/** @returns {Promise<import('webpack').Configuration>} */
async function config(env, argv = {}) {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  // Never env.WEBPACK_SERVE: the preview has its own static server (scripts/preview-server.js).
  const pane = await paneConfig({}, { mode });
  return {
    ...pane,
    mode,
    entry: { preview: './src/preview/index.tsx' },
    output: {
      path: OUTPUT_DIR,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    // The preview carries the fake host and a grid view: the pane's size budget is not for it.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
        // The pane's policy as is: the preview needs nothing it does not allow (no office.js, no eval, styles inline as Fluent UI's).
        templateParameters: { contentSecurityPolicy: contentSecurityPolicy() },
      }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }] }),
    ],
    devServer: undefined,
  };
}

module.exports = config;
module.exports.OUTPUT_DIR = OUTPUT_DIR;
