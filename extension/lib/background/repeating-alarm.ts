import { browser } from 'wxt/browser';

/**
 * A named alarm every `minutes`, created only when missing (recreating it on every worker start would keep
 * pushing it back), and `run` each time it fires. Reminders and company watch both schedule this way.
 */
export function onRepeatingAlarm(name: string, minutes: number, run: () => void): void {
  void browser.alarms
    .get(name)
    .then((alarm) =>
      alarm ? undefined : browser.alarms.create(name, { delayInMinutes: 1, periodInMinutes: minutes }),
    )
    .catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) run();
  });
}
