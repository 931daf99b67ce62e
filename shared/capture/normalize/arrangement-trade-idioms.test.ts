import { describe, expect, it } from 'vitest';
import { arrangementOfRole } from './arrangement.ts';

/** Readings of where the job is done in a trade's own idiom, each in wordings of its own. */
const ruleOf = (text: string) => arrangementOfRole(text)?.rule.id ?? null;

describe("the trades' ways of saying where the work is done", () => {
  it('reads a site, vehicle or floor named as your office as on-site', () => {
    expect(ruleOf('Your office will be the job trailer on Weston; the PM sits at HQ.')).toBe(
      'role.office-is-the-site',
    );
    expect(ruleOf("Your office is the cab of a 44-tonne artic, and it's a comfy one.")).toBe(
      'role.office-is-the-site',
    );
    expect(ruleOf("Your desk is the warehouse floor: you won't sit much.")).toBe('role.office-is-the-site');
    expect(ruleOf('Your office will be in our Leeds hub.')).toBeNull();
  });

  it('reads a shift that starts and ends at the yard or depot as on-site', () => {
    expect(ruleOf('Home daily means you start and finish at our Joliet yard every shift.')).toBe(
      'role.shift-starts-at-site',
    );
    expect(ruleOf("You'll start and end each day at the Crewe depot.")).toBe('role.shift-starts-at-site');
    expect(ruleOf('You begin and finish each route at our Ipswich terminal.')).toBe(
      'role.shift-starts-at-site',
    );
    expect(ruleOf('You start and finish the induction at our Ipswich depot.')).toBeNull();
  });

  it('reads a visit count between the clients and their homes as field work', () => {
    expect(ruleOf("You'll visit the same 5-7 clients each week in their homes around Akron.")).toBe(
      'role.clients-homes',
    );
    expect(ruleOf('You will see patients every day in their own homes.')).toBe('role.clients-homes');
  });

  it("reads taking bedside handoff as ward nursing (US nursing's word for the handover)", () => {
    expect(ruleOf('Take bedside handoff at 1900 and hand off the same way at 0700.')).toBe(
      'role.on-the-ward',
    );
    expect(ruleOf('You will give bedside hand-off to the day charge nurse.')).toBe('role.on-the-ward');
    expect(ruleOf('Two years of bedside experience preferred.')).toBeNull();
  });

  it('reads being free to live anywhere in a region as remote', () => {
    expect(ruleOf('You can live anywhere in the Republic, as long as your broadband is decent.')).toBe(
      'role.remote-you',
    );
    expect(ruleOf('You may live anywhere in Scotland.')).toBe('role.remote-you');
    // A span or spread of places, and living and working there.
    expect(
      ruleOf('Most of us are in Toronto, but you can live and work anywhere between Halifax and Victoria.'),
    ).toBe('role.remote-you');
    expect(ruleOf('You can work from anywhere across the EU time zones.')).toBe('role.remote-you');
    expect(
      ruleOf('You may live anywhere between Bristol and Cardiff, as we meet in Newport two days a week.'),
    ).toBeNull();
    expect(
      ruleOf('You can live anywhere in the Netherlands, as we meet in Utrecht two days a week.'),
    ).toBeNull();
  });

  it('reads a standing weekday at the office or studio as hybrid, however it is named', () => {
    expect(
      ruleOf(
        'Remote here means home-based, with the trio together in our Shoreditch studio every other Wednesday.',
      ),
    ).toBe('role.weekly-office-day');
    expect(ruleOf('On Wednesdays the whole data squad meets at our office in Pinheiros.')).toBe(
      'role.weekly-office-day',
    );
    expect(ruleOf('On Thursdays we all work from the studio on Mill Lane.')).toBe('role.weekly-office-day');
    expect(ruleOf('On Fridays we post a short update in Slack.')).toBeNull();
  });
});
