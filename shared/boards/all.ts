/** Registers every board: one file each, one line here. */
import './ashby.ts';
import './breezy.ts';
import './dice.ts';
import './glassdoor.ts';
import './greenhouse.ts';
import './hackernews.ts';
import './indeed.ts';
import './lever.ts';
import './linkedin.ts';
import './pracuj.ts';
import './seek.ts';
import './smartrecruiters.ts';
import './teamtailor.ts';
import './wellfound.ts';
import './workable.ts';
import './workday.ts';
import './ziprecruiter.ts';
