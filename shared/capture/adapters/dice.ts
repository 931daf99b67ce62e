import { dice as board } from '../../boards/dice.ts';
import { textOf } from '../dom.ts';
import { employmentTypeInHeader } from '../normalize/employment.ts';
import { workTypeFromLabel } from '../normalize/location.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/dice.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
    const chips = textOf(
      doc.querySelector('[data-cy="employmentDetails"], [data-testid="employmentDetails"]'),
      400,
    );
    r.fields.employmentType ??= employmentTypeInHeader(chips) ?? undefined;
    if (!r.fields.employmentType) delete r.fields.employmentType;
    const wt = workTypeFromLabel(
      textOf(doc.querySelector('[data-cy="workplaceTypes"], [data-testid="workplaceTypes"]'), 200),
    );
    if (wt) r.fields.workType = wt;
    return r;
  },
});
