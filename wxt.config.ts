import path from 'node:path';
import { defineConfig } from 'wxt';

/** Clerk's prebuilt UI lazily loads Solana wallet buttons; we ship a stand-in without the wallet code. */
const NO_SOLANA_WALLETS = path.resolve(import.meta.dirname, 'extension/lib/auth/no-solana-wallets.tsx');
/** jsPDF's HTML and SVG rendering helpers, which we never call (see the stand-in's comment). */
const NO_JSPDF_HTML = path.resolve(import.meta.dirname, 'extension/lib/materials/no-jspdf-html.ts');
const JSPDF_OPTIONAL = new Set(['html2canvas', 'dompurify', 'canvg']);

// WXT reads this at build time in Node. `extension/` is the extension's source folder;
// `shared/` is imported from it by relative path.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // The development build (WXT_LOCAL_DEV=1, scripts/lib/build-extension.ts) gets its own folder, so the
  // production build in .output/chrome-mv3 never carries the local sign-in.
  outDirTemplate: process.env.WXT_LOCAL_DEV === '1' ? '{{browser}}-mv{{manifestVersion}}-local' : undefined,
  // One promise-based `browser` (webextension-polyfill) in Chrome and Firefox; Chrome-only APIs: lib/browser-only.ts.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({
    plugins: [
      {
        name: 'jobraker:no-solana-wallets',
        enforce: 'pre' as const,
        resolveId(source: string, importer?: string) {
          if (source.endsWith('/Web3SolanaWalletButtons.js') && importer?.includes('@clerk/ui'))
            return NO_SOLANA_WALLETS;
          return null;
        },
      },
      {
        name: 'jobraker:no-jspdf-html',
        enforce: 'pre' as const,
        resolveId(source: string, importer?: string) {
          return JSPDF_OPTIONAL.has(source) && importer?.includes('jspdf') ? NO_JSPDF_HTML : null;
        },
      },
    ],
  }),
  manifest: ({ browser }) => ({
    name: 'Jobraker',
    description: 'Capture jobs, see how well they match you, and autofill applications. Local-first.',
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      'scripting',
      // Alarms and notifications: reminders that are due (issue 16) and company watch's board checks
      // and new postings (issue 17).
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: ['<all_urls>'],
    commands: {
      'save-job': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this job to Jobraker',
      },
      autofill: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Autofill this application form (never submits)',
      },
    },
    action: { default_title: 'Jobraker' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'jobraker@jobraker.dev',
              // Nothing is collected unless the user signs in and turns sync on.
              data_collection_permissions: {
                required: ['none'],
                optional: ['personallyIdentifyingInfo', 'websiteContent'],
              },
            },
          },
        }
      : {}),
  }),
});
