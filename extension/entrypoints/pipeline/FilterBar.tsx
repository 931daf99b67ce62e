import type { Persona } from '../../../shared/domain/index.ts';
import { EMPTY_FILTER, type filterOptions, type PipelineFilter } from '../../../shared/pipeline/filters.ts';
import { tagLabel } from '../../../shared/pipeline/items.ts';

interface Props {
  filter: PipelineFilter;
  onChange: (filter: PipelineFilter) => void;
  options: ReturnType<typeof filterOptions>;
  personas: Persona[];
}

const SCORES = [0, 50, 70, 85];

function Choice(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: [string, string][];
  any: string;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.any}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search and filters: persona, score, company, tag, source board, saved dates, live or archived. */
export function FilterBar({ filter, onChange, options, personas }: Props) {
  const set = <K extends keyof PipelineFilter>(key: K, value: PipelineFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const personaName = (id: string) => personas.find((p) => p.id === id)?.name ?? 'Deleted persona';
  return (
    <search className="filters" aria-label="Search and filter jobs">
      <label className="search">
        Search jobs
        <input
          type="search"
          value={filter.query}
          placeholder="Title, company or description"
          onChange={(e) => set('query', e.target.value)}
        />
      </label>
      <Choice
        label="Persona"
        any="Any persona"
        value={filter.personaId}
        onChange={(v) => set('personaId', v)}
        options={options.personaIds.map((id) => [id, personaName(id)])}
      />
      <label>
        Score
        <select value={filter.minScore} onChange={(e) => set('minScore', Number(e.target.value))}>
          {SCORES.map((s) => (
            <option key={s} value={s}>
              {s ? `${s} or more` : 'Any score'}
            </option>
          ))}
        </select>
      </label>
      <Choice
        label="Company"
        any="Any company"
        value={filter.company}
        onChange={(v) => set('company', v)}
        options={options.companies.map((c) => [c, c])}
      />
      <Choice
        label="Tag"
        any="Any tag"
        value={filter.tag}
        onChange={(v) => set('tag', v)}
        options={options.tags.map((t) => [t, tagLabel(t)])}
      />
      <Choice
        label="Source board"
        any="Any board"
        value={filter.source}
        onChange={(v) => set('source', v)}
        options={options.sources.map((s) => [s, s])}
      />
      <label>
        Saved from
        <input type="date" value={filter.savedFrom} onChange={(e) => set('savedFrom', e.target.value)} />
      </label>
      <label>
        Saved to
        <input type="date" value={filter.savedTo} onChange={(e) => set('savedTo', e.target.value)} />
      </label>
      <label>
        Show
        <select
          value={filter.archived}
          onChange={(e) => set('archived', e.target.value as PipelineFilter['archived'])}
        >
          <option value="live">Active jobs</option>
          <option value="archived">Archived jobs</option>
        </select>
      </label>
      <button type="button" onClick={() => onChange({ ...EMPTY_FILTER, archived: filter.archived })}>
        Clear filters
      </button>
    </search>
  );
}
