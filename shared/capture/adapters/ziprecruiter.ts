import { ziprecruiter as board } from '../../boards/ziprecruiter.ts';
import { textOf } from '../dom.ts';
import { employmentTypeInHeader } from '../normalize/employment.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/ziprecruiter.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    const chips = textOf(
      doc.querySelector('.job_characteristics, .job_header, [data-testid="job-details-chips"]'),
      600,
    );
    r.fields.employmentType ??= employmentTypeInHeader(chips) ?? undefined;
    if (!r.fields.employmentType) delete r.fields.employmentType;
    return r;
  },
});
