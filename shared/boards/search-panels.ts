import { defineBoard } from './registry.ts';

/**
 * A search engine's jobs panel: Google's (`ibp=htl;jobs`, `udm=8`) and Bing's jobs answer. The page
 * is a list of other postings beside one opened in a details pane; only that pane is the posting,
 * and the engine is never the company. Fixtures: tests/fixtures/capture115 (01 to 04).
 */
export const searchPanels = defineBoard({
  id: 'search-panels',
  // Only the engines' own hosts: Google Sites (sites.google.com) carries employers' own pages.
  hosts: [
    'www.google.com',
    'www.google.co.uk',
    'www.google.ca',
    'www.google.com.au',
    'www.google.co.in',
    'www.google.ie',
    'www.google.de',
    'www.google.fr',
    'www.google.es',
    'www.google.it',
    'www.google.nl',
    'www.bing.com',
  ],
  path: /^\/(?:search|jobs)\b/,
  // A saved results page keeps the engine's own search box (Google's `gLFyf`) or results list (Bing's `b_results`).
  signature: [
    { attr: 'class', contains: 'gws-plugins-horizon-jobs' },
    { attr: 'class', word: 'gLFyf' },
    { attr: 'id', equals: 'b_results' },
  ],
  // Not declared shared: the shared hosts' names are never a company's, and Google is an employer too (its own
  // careers site). A results page's title already marks it as no employer's (sources/page.ts).
  sharedHost: false,
});
