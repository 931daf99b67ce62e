import type { Answer } from '../plan/answer.ts';
import { answerText } from '../plan/answer.ts';
import { pickOption } from '../plan/options.ts';
import { clean, deepQueryAll, type ShadowRootGetter, textOf } from '../scan/dom.ts';
import { linkedOptions } from '../scan/listbox.ts';
import { hiddenByAncestor } from '../scan/visibility.ts';
import { blur, fire, focus, key, press, setNativeProperty, sleep } from './events.ts';

export interface ComboboxOptions {
  /** How long to wait for options to render after opening / typing. */
  timeoutMs?: number;
  pollMs?: number;
  getShadowRoot?: ShadowRootGetter;
}

export interface ComboboxResult {
  ok: boolean;
  chosen?: string;
  detail: string;
}

/** Options currently rendered for this combobox: its own listbox first, else any visible listbox. */
export function visibleOptions(el: Element, getShadowRoot?: ShadowRootGetter): Element[] {
  const own = linkedOptions(el);
  if (own.length) return own;
  // react-select renders its menu beside the input; Workday renders a popup at the body's end.
  let up: Element | null = el.parentElement;
  for (let depth = 0; up && depth < 5; depth++, up = up.parentElement) {
    const near = Array.from(up.querySelectorAll('[role="option"]')).filter((o) => !hiddenByAncestor(o));
    if (near.length) return near;
  }
  return deepQueryAll(el.ownerDocument, '[role="option"]', getShadowRoot).filter(
    (o) => o.getAttribute('aria-disabled') !== 'true' && !hiddenByAncestor(o),
  );
}

function optionLabel(option: Element): string {
  return textOf(option, 200) || clean(option.getAttribute('aria-label'));
}

async function waitForOptions(
  el: Element,
  opts: Required<Omit<ComboboxOptions, 'getShadowRoot'>>,
  getShadowRoot?: ShadowRootGetter,
) {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const found = visibleOptions(el, getShadowRoot);
    if (found.length || Date.now() >= deadline) return found;
    await sleep(opts.pollMs);
  }
}

/**
 * react-select / Workday-style dropdown: open it, type to filter when it is a text box,
 * wait for the options, click the one whose text fits the answer best.
 */
export async function fillCombobox(
  el: Element,
  answer: Answer,
  options: ComboboxOptions = {},
): Promise<ComboboxResult> {
  const opts = { timeoutMs: options.timeoutMs ?? 1500, pollMs: options.pollMs ?? 50 };
  const typed = answerText(answer);
  focus(el);
  if (!press(el)) key(el, 'ArrowDown');
  let found = await waitForOptions(el, opts, options.getShadowRoot);
  let pick = pickOption(
    found.map((o) => ({ text: optionLabel(o) })),
    answer,
  );
  if (pick.index < 0 && el.tagName === 'INPUT') {
    // Long lists render lazily: type to filter, then look again.
    setNativeProperty(el, 'value', typed);
    fire(el, 'input', 'InputEvent', { inputType: 'insertText', data: typed });
    await sleep(opts.pollMs);
    found = await waitForOptions(el, opts, options.getShadowRoot);
    pick = pickOption(
      found.map((o) => ({ text: optionLabel(o) })),
      answer,
    );
  }
  if (!found.length) {
    key(el, 'Escape');
    return { ok: false, detail: 'no options appeared after opening the dropdown' };
  }
  if (pick.index < 0) {
    key(el, 'Escape');
    return { ok: false, detail: `no option fits "${typed}" among ${found.length}` };
  }
  const option = found[pick.index]!;
  const chosen = optionLabel(option);
  fire(option, 'mouseover', 'MouseEvent');
  press(option);
  await sleep(opts.pollMs);
  blur(el);
  // react-select shows the choice beside its input, Workday as the button text
  const shown = `${(el as HTMLInputElement).value ?? ''} ${textOf(el.parentElement?.parentElement ?? el, 400)}`;
  const verified = shown.toLowerCase().includes(chosen.toLowerCase());
  return {
    ok: true,
    chosen,
    detail: verified ? `chose "${chosen}"` : `chose "${chosen}" (the page did not echo it: check)`,
  };
}
