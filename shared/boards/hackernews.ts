import { defineBoard } from './registry.ts';

/**
 * Hacker News "Who is hiring?" comment (news.ycombinator.com/item?id=<comment>): the comment is the
 * page's `.fatitem`; its first line is the community format "Company | Role | Location | REMOTE |
 * Salary | URL". Fixture: tests/fixtures/jobs/hackernews.html.
 */
export const hackernews = defineBoard({
  id: 'hackernews',
  hosts: ['news.ycombinator.com'],
  // A saved item page has no address of its own in it (no canonical link): its item table says what it is.
  signature: [{ attr: 'class', word: 'fatitem' }],
  sharedHost: true,
});
