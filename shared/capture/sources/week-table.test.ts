import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { arrangementOfWeekTable } from './week-table.ts';

const weekOf = (html: string) =>
  arrangementOfWeekTable(
    Array.from(parseHTML(`<html><body>${html}</body></html>`).document.querySelectorAll('table, dl, ul, ol')),
  );

describe('a table of the week', () => {
  it('reads rows of days with a "Where" column: office days and home days are hybrid', () => {
    const table = `<table><thead><tr><th>Day</th><th>Where</th><th>Hours</th></tr></thead><tbody>
      <tr><td>Mon</td><td>Office, Main Street</td><td>9–3</td></tr><tr><td>Tue</td><td>Home</td><td>9–3</td></tr>
      <tr><td>Wed</td><td>Office, Main Street</td><td>9–3</td></tr><tr><td>Fri</td><td>—</td><td>off</td></tr></tbody></table>`;
    expect(weekOf(table)).toBe('hybrid');
  });

  it('reads days across the top with a location row', () => {
    const table = `<table><tr><th></th><th>Monday</th><th>Tuesday</th><th>Wednesday</th><th>Thursday</th></tr>
      <tr><th>Shift</th><td>8–4</td><td>8–4</td><td>8–4</td><td>8–4</td></tr>
      <tr><th>Location</th><td>Leeds studio</td><td>From home</td><td>From home</td><td>Leeds studio</td></tr></table>`;
    expect(weekOf(table)).toBe('hybrid');
  });

  it('reads a week worked wholly from home as remote, and wholly at the workplace as on-site', () => {
    const home = `<table><tr><td>Mondays</td><td>Remote</td></tr><tr><td>Tuesdays</td><td>Remote</td></tr>
      <tr><td>Thursdays</td><td>Remote (Teams stand-up)</td></tr></table>`;
    expect(weekOf(home)).toBe('remote');
    const store = `<table><tr><th>Day</th><th>Where</th></tr><tr><td>Sat</td><td>In the store</td></tr>
      <tr><td>Sun</td><td>In the store</td></tr></table>`;
    expect(weekOf(store)).toBe('onsite');
  });

  it('reads only the column of places where one is headed, so a task column says nothing', () => {
    const visits = `<table><tr><th>Day</th><th>Task</th><th>Where</th></tr>
      <tr><td>Mon</td><td>Home visits</td><td>Clinic</td></tr><tr><td>Thu</td><td>Reports</td><td>Clinic</td></tr></table>`;
    expect(weekOf(visits)).toBe('onsite');
  });

  it('says nothing for a table of hours, or one with no days', () => {
    const hours = `<table><tr><td>Mon</td><td>8:00–1:00</td></tr><tr><td>Tue</td><td>8:00–1:00</td></tr></table>`;
    expect(weekOf(hours)).toBeNull();
    const levels = `<table><tr><th>Level</th><th>Where</th></tr><tr><td>Junior</td><td>Office</td></tr>
      <tr><td>Senior</td><td>Remote</td></tr></table>`;
    expect(weekOf(levels)).toBeNull();
  });
});

describe('a week printed as a list', () => {
  it('reads a definition list of days', () => {
    const dl = `<dl class="week"><dt>Mon</dt><dd>Office (Leith)</dd><dt>Tue</dt><dd>Home</dd>
      <dt>Wed</dt><dd>Office (Leith)</dd><dt>Thu</dt><dd>Home</dd></dl>`;
    expect(weekOf(dl)).toBe('hybrid');
  });

  it('reads list items that lead with their day, as a label element or before a colon', () => {
    const chips = `<ul><li><strong>Tuesday</strong> Home</li><li><strong>Wednesday</strong> Home</li>
      <li><strong>Thursday:</strong> Home</li></ul>`;
    expect(weekOf(chips)).toBe('remote');
    const colons = '<ol><li>Mon: studio</li><li>Tue: studio</li><li>Wed: from home</li></ol>';
    expect(weekOf(colons)).toBe('hybrid');
  });

  it('says nothing for a list of events on days', () => {
    const events =
      '<ul><li>Mon: team stand-up at the office</li><li>Thu: demo for the whole company</li></ul>';
    expect(weekOf(events)).toBeNull();
  });
});
