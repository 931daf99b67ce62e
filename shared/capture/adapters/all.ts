/** Registers every capture adapter (the extractor, tests, benchmark). */
import './ashby.ts';
import './breezy.ts';
import './dice.ts';
import './glassdoor.ts';
import './greenhouse.ts';
import './hackernews.ts';
import './jobvite.ts';
import './indeed.ts';
import './lever.ts';
import './linkedin.ts';
import './pracuj.ts';
import './search-panels.ts';
import './smartrecruiters.ts';
import './teamtailor.ts';
import './wellfound.ts';
import './workable.ts';
import './workday.ts';
import './ziprecruiter.ts';
import { allBoards } from '../../boards/index.ts';
import { fromBoard, registerAdapter, registeredAdapters } from '../registry.ts';
import { readSelectors } from './kit.ts';

// A board whose page its selectors read in full needs no adapter file of its own (SEEK).
for (const board of allBoards())
  if (!registeredAdapters().some((a) => a.id === board.id))
    registerAdapter({
      ...fromBoard(board),
      extract: (doc, _url, ref) => readSelectors(doc, board.capture, ref),
    });

export { registeredAdapters };
