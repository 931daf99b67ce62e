import { defineBoard } from './registry.ts';

/**
 * Pracuj.pl (Poland's largest job board) offer view: every part carries a `data-test` attribute. The
 * header lists the facts as badges: workplace, contract, schedule ("pełny etat"), work mode ("praca
 * hybrydowa"). The employer's heading holds an "O firmie" link, which is not its name.
 */
export const pracuj = defineBoard({
  id: 'pracuj',
  hosts: ['pracuj.pl'],
  signature: [{ attr: 'data-test', equals: 'text-positionName' }],
  sharedHost: true,
  capture: {
    title: ['[data-test="text-positionName"]'],
    company: ['[data-test="text-employerName"]'],
    location: [
      '[data-test="sections-benefit-workplaces"] [data-test="offer-badge-description"]',
      '[data-test="sections-benefit-workplaces"] [data-test="offer-badge-title"]',
    ],
    // The kind of post ("praktykant / stażysta") and contract say more than the schedule ("pełny etat").
    employmentType: [
      '[data-test="sections-benefit-employment-type-name"] [data-test="offer-badge-title"]',
      '[data-test="sections-benefit-contracts"] [data-test="offer-badge-title"]',
      '[data-test="sections-benefit-work-schedule"] [data-test="offer-badge-title"]',
    ],
    workType: ['[data-test="sections-benefit-work-modes"] [data-test="offer-badge-title"]'],
    salary: ['[data-test="section-salary"]'],
    description: ['[data-test="section-offerDescription"]', '[data-test="section-offer-description"]'],
    posting: ['[data-test="text-positionName"]'],
  },
});
