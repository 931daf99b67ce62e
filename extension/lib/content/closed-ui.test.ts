import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onTrustedClick } from './closed-ui.ts';

afterEach(() => vi.unstubAllGlobals());

describe('onTrustedClick', () => {
  it('ignores clicks a script makes (isTrusted false) and acts on a person’s', () => {
    const { document } = parseHTML('<button>Save</button>');
    const button = document.querySelector('button') as unknown as HTMLElement;
    const action = vi.fn();
    onTrustedClick(button, action, new AbortController().signal);
    button.click();
    button.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click'));
    expect(action).not.toHaveBeenCalled();
    // A browser sets isTrusted only for real input; model that event here.
    const real = new (document.defaultView as unknown as typeof globalThis).Event('click');
    Object.defineProperty(real, 'isTrusted', { value: true });
    button.dispatchEvent(real);
    expect(action).toHaveBeenCalledTimes(1);
  });
});
