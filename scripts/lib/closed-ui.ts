import type { Page } from '@playwright/test';

/**
 * Jobraker's in-page UI sits in closed shadow roots, which page script (and Playwright's locators)
 * cannot enter. A person can still see and click it; so can this helper, through the DevTools
 * protocol's pierced DOM, clicking with the real mouse (a trusted event, as a person's click is).
 */
interface CdpNode {
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const kids = (n: CdpNode) => [
  ...(n.shadowRoots ?? []),
  ...(n.children ?? []),
  ...(n.contentDocument ? [n.contentDocument] : []),
];

function findAll(node: CdpNode, test: (n: CdpNode) => boolean, out: CdpNode[] = []): CdpNode[] {
  if (test(node)) out.push(node);
  for (const k of kids(node)) findAll(k, test, out);
  return out;
}

function textOf(node: CdpNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  return kids(node).map(textOf).join('');
}

export function closedUi(page: Page, hostTag: string) {
  const host = async (): Promise<CdpNode | null> => {
    const cdp = await page.context().newCDPSession(page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      return findAll(root, (n) => n.localName === hostTag)[0] ?? null;
    } finally {
      await cdp.detach();
    }
  };
  return {
    /** Everything the UI says (empty when it is not on the page). */
    async text(): Promise<string> {
      const h = await host();
      return h ? textOf(h).replace(/\s+/g, ' ').trim() : '';
    },
    async present(): Promise<boolean> {
      return !!(await host());
    },
    /** Clicks the button whose text contains `name`, as a person would. */
    async click(name: string | RegExp): Promise<void> {
      let h = await host();
      for (let i = 0; i < 100 && !h; i++) {
        await page.waitForTimeout(100);
        h = await host();
      }
      if (!h) throw new Error(`${hostTag} is not on the page`);
      const match = (t: string) => (typeof name === 'string' ? t.includes(name) : name.test(t));
      const button = findAll(h, (n) => n.nodeName === 'BUTTON' && match(textOf(n)))[0];
      if (!button) throw new Error(`no button "${name}" in ${hostTag}: ${textOf(h)}`);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
          model: { content: number[] };
        };
        const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      } finally {
        await cdp.detach();
      }
    },
  };
}
