import { describe, expect, it } from 'vitest';
import {
  fullTimeHoursStated,
  partTimeHoursStated,
  typeOfFte,
  weeklyHoursStated,
} from './employment-hours.ts';
import { typeTheTextStates } from './employment-overrides.ts';

describe("the job's weekly hours, as the text gives them", () => {
  it('reads an hours fact line, a weekly-hours label and the role’s own sentence', () => {
    expect(weeklyHoursStated('Key facts\n• Hours: 16 per week, Tuesday to Thursday evenings')).toBe(16);
    expect(weeklyHoursStated('Expected hours: 18 – 24 per week')).toBe(24);
    expect(weeklyHoursStated('Department: Pharmacy\nScheduled Weekly Hours: 25\nShift: Day')).toBe(25);
    expect(weeklyHoursStated('Most weeks you will work 12 hours a week across two evenings.')).toBe(12);
    expect(weeklyHoursStated('This position is permanent, 30 hours a week, over four days.')).toBe(30);
    expect(weeklyHoursStated('This role is for 16 hours per week, term time only.')).toBe(16);
    expect(weeklyHoursStated('The hours for this post are 20 per week.')).toBe(20);
  });

  it('reads the hours a schedule sums up to ("…, which is about 24 hours a week")', () => {
    expect(
      weeklyHoursStated('We hire for three days a week, 7:30 to 4:00, which is about 24 hours a week.'),
    ).toBe(24);
    expect(weeklyHoursStated('Monday to Wednesday, that’s 22.5 hours per week.')).toBe(22.5);
    // A count that is not hours is not the job's week.
    expect(weeklyHoursStated('We ship orders, which is about 5 per week.')).toBeNull();
    // A board's "Full-time, Part-time" list is resolved by the schedule the text gives.
    const text =
      'We are hiring three days a week, which is about 24 hours a week.\nJob Types: Full-time, Part-time';
    expect(typeTheTextStates('full_time', text)?.type).toBe('part_time');
  });

  it('reads nothing from hours that are not the job’s weekly hours', () => {
    expect(weeklyHoursStated('Our depot is open 24 hours a day.')).toBeNull();
    expect(weeklyHoursStated('Opening hours: 9 to 5, Monday to Saturday')).toBeNull();
    expect(weeklyHoursStated('Staff who work 20 hours a week or more get health cover.')).toBeNull();
  });

  it('calls fewer than 30 a week part-time', () => {
    expect(partTimeHoursStated('Hours: 20 per week')).toBe(true);
    expect(partTimeHoursStated('Hours: 37.5 per week')).toBe(false);
    expect(partTimeHoursStated('No hours are given.')).toBe(false);
  });

  it('calls an FTE fraction under 30 hours a week part-time, not 0.9 or 1.0 FTE or an FTE salary', () => {
    expect(partTimeHoursStated('This is a permanent contract at 0.6 FTE over three days.')).toBe(true);
    expect(partTimeHoursStated('FTE: 0.5')).toBe(true);
    expect(partTimeHoursStated('Hours: 0.4-0.6 FTE')).toBe(true);
    expect(partTimeHoursStated('Schedule: 0.9 FTE, benefits-eligible')).toBe(false);
    expect(partTimeHoursStated('A continuing full-time (1.0 FTE) position')).toBe(false);
    expect(partTimeHoursStated('0.6-1.0 FTE considered')).toBe(false);
    expect(partTimeHoursStated('Salary: £48,000 - £54,000 FTE, pro rata')).toBe(false);
    expect(typeTheTextStates('full_time', 'This is a permanent contract at 0.6 FTE.')?.type).toBe(
      'part_time',
    );
  });

  it("calls hours under the employer's own full-time week part-time", () => {
    const text = 'This position is permanent, 30 hours a week (our full-time week is 40 hours).';
    expect(partTimeHoursStated(text)).toBe(true);
    expect(partTimeHoursStated('This position is permanent, 30 hours a week.')).toBe(false);
    expect(partTimeHoursStated('This role is 40 hours a week; full time is 40 hours.')).toBe(false);
  });
});

describe('an open-ended status or hours tag beside part-time weekly hours', () => {
  it('makes a "Regular" status read as full-time part-time where the text gives 20 hours a week', () => {
    const text = 'Employment type: Regular\nHours: 20 per week, early mornings\nSite: the north yard';
    expect(typeTheTextStates('full_time', text)?.type).toBe('part_time');
    expect(typeTheTextStates('full_time', 'Employment type: Regular\nHours: 40 per week')).toBeNull();
  });
});

describe('a full week of hours with no type word', () => {
  it('reads 35 or more hours a week as full-time, from a line, a sentence or a fact', () => {
    expect(fullTimeHoursStated('Hours: 37.5 hours per week')).toBe(true);
    expect(fullTimeHoursStated("You'll work 40 hours a week, days.")).toBe(true);
    expect(fullTimeHoursStated('About the role', ['37.5 hours per week'])).toBe(true);
  });

  it("reads the hours after a schedule line's week shape", () => {
    expect(fullTimeHoursStated('Mon–Fri, 5 on / 2 off, usually 50–55 hours a week on W-2 payroll')).toBe(
      true,
    );
    expect(fullTimeHoursStated('Monday to Friday, about 40 hrs per week, days')).toBe(true);
    expect(fullTimeHoursStated('4-on 3-off rotation, averaging 48 hours a week')).toBe(true);
    expect(weeklyHoursStated('Four days a week, 24 hours per week, school terms only')).toBe(24);
    expect(weeklyHoursStated('Open Mon–Fri; the desk covers 60 hours a week')).toBeNull();
  });

  it('leaves part-time, in-between and partly short ranges alone', () => {
    expect(fullTimeHoursStated('Hours: 20 hours per week')).toBe(false);
    expect(fullTimeHoursStated('Hours: 32 hours per week')).toBe(false);
    expect(fullTimeHoursStated('Hours: 30-40 per week')).toBe(false);
    expect(fullTimeHoursStated('About the role', ['Full time'])).toBe(false);
    // the employer's own full-time week is the bar
    expect(fullTimeHoursStated('Hours: 36 hours per week. Our full-time week is 40 hours.')).toBe(false);
  });
});

describe("an FTE fact's value", () => {
  it('reads a fraction under 30 hours a week as part-time and a whole post as full-time', () => {
    expect(typeOfFte('.5 (AM)')).toBe('part_time');
    expect(typeOfFte('0.6')).toBe('part_time');
    expect(typeOfFte('1.0')).toBe('full_time');
    expect(typeOfFte('1')).toBe('full_time');
  });

  it('says nothing for a fraction near a full week or anything else', () => {
    expect(typeOfFte('0.9')).toBeNull();
    expect(typeOfFte('Varies by site')).toBeNull();
    expect(typeOfFte('12.5')).toBeNull();
  });
});

describe("weekly hours written as the job's adjective", () => {
  it('reads "a 15-hour-a-week position" and its variants as the job\'s hours', () => {
    expect(weeklyHoursStated('This is a 15-hour-a-week position: Fridays and Saturdays.')).toBe(15);
    expect(partTimeHoursStated('We need a 20 hour per week role covering the evening desk.')).toBe(true);
    expect(weeklyHoursStated('It is a 24-hours-a-week permanent post.')).toBe(24);
    expect(weeklyHoursStated('Our 15-hour-a-week volunteers help on Saturdays.')).toBeNull();
  });
});

describe("weekly hours written as the contract's size", () => {
  it('reads "a 16-hour contract" and its variants as the weekly hours', () => {
    expect(weeklyHoursStated('We have ONE 22.5 hr contract available, three day shifts.')).toBe(22.5);
    expect(partTimeHoursStated('We are offering a 16-hour contract, weekends included.')).toBe(true);
    expect(weeklyHoursStated('Two 30 hours contracts are open on nights.')).toBe(30);
    expect(weeklyHoursStated('It is a 37.5 hour permanent contract.')).toBe(37.5);
  });

  it('does not read a shift length or a contract length', () => {
    expect(weeklyHoursStated('You work a 12-hour shift on the ward.')).toBeNull();
    expect(weeklyHoursStated('This is a 12-month contract.')).toBeNull();
  });
});
