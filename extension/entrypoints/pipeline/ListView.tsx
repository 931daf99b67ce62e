import { useState } from 'react';
import { STAGE_LABELS } from '../../../shared/domain/stages.ts';
import { type SortKey, type SortOrder, sortItems } from '../../../shared/pipeline/filters.ts';
import type { PipelineItem } from '../../../shared/pipeline/items.ts';
import { jobPageUrl } from './JobCard.tsx';

const PAGE = 200;
const COLUMNS: [SortKey, string][] = [
  ['title', 'Title'],
  ['company', 'Company'],
  ['stage', 'Stage'],
  ['score', 'Score'],
  ['excitement', 'Excitement'],
  ['deadline', 'Deadline'],
  ['createdAt', 'Saved'],
];

interface Props {
  items: PipelineItem[];
  selected: ReadonlySet<string>;
  onSelect: (jobId: string, on: boolean) => void;
  onSelectAll: (jobIds: string[], on: boolean) => void;
}

/** The same jobs as rows; a column header sorts by it (again: the other way). */
export function ListView({ items, selected, onSelect, onSelectAll }: Props) {
  const [order, setOrder] = useState<SortOrder>({ key: 'createdAt', dir: 'desc' });
  const [limit, setLimit] = useState(PAGE);
  const rows = sortItems(items, order).slice(0, limit);
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.job.id));
  return (
    <div className="list-wrap">
      <table className="job-table" data-testid="job-table">
        <thead>
          <tr>
            <th scope="col">
              <label>
                <input
                  type="checkbox"
                  checked={allSelected}
                  onChange={(e) =>
                    onSelectAll(
                      items.map((i) => i.job.id),
                      e.target.checked,
                    )
                  }
                />
                <span className="visually-hidden">Select all shown jobs</span>
              </label>
            </th>
            {COLUMNS.map(([key, label]) => {
              const active = order.key === key;
              return (
                <th
                  key={key}
                  scope="col"
                  aria-sort={active ? (order.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort"
                    onClick={() =>
                      setOrder({ key, dir: active && order.dir === 'asc' ? 'desc' : active ? 'asc' : 'desc' })
                    }
                  >
                    {label}
                    <span aria-hidden="true">{active ? (order.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ job, score }) => (
            <tr key={job.id} data-testid="list-row">
              <td>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.has(job.id)}
                    onChange={(e) => onSelect(job.id, e.target.checked)}
                  />
                  <span className="visually-hidden">Select {job.title}</span>
                </label>
              </td>
              <td>
                <a href={jobPageUrl(job.id)}>{job.title}</a>
              </td>
              <td>{job.company}</td>
              <td>{STAGE_LABELS[job.stage]}</td>
              <td className="num">{score ?? '–'}</td>
              <td className="num">{job.excitement ?? '–'}</td>
              <td>{job.deadline ?? '–'}</td>
              <td>{job.createdAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < items.length && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, items.length - rows.length)} more of {items.length - rows.length}
        </button>
      )}
    </div>
  );
}
