import { useEffect, useState } from 'react';
import { STAGE_LABELS, STAGES, type Stage } from '../../../shared/domain/stages.ts';
import type { PipelineItem } from '../../../shared/pipeline/items.ts';
import { moveRefusal, neighbourStage } from '../../../shared/pipeline/moves.ts';
import { JobCard } from './JobCard.tsx';

/** Cards rendered per column before "Show all" (a column of thousands stays quick to draw). */
export const COLUMN_PAGE = 100;

interface Props {
  columns: Record<Stage, PipelineItem[]>;
  selected: ReadonlySet<string>;
  onSelect: (jobId: string, on: boolean) => void;
  /** Moves a job (the caller offers Undo); resolves once the background answered. */
  onMove: (item: PipelineItem, to: Stage) => Promise<void>;
  announce: (message: string) => void;
  onRefused: (message: string) => void;
}

interface Lift {
  item: PipelineItem;
  over: Stage;
  by: 'keyboard' | 'mouse';
}

/** The board: a column per stage; cards move by drag and drop or by keyboard (Space, arrows, Enter, Escape). */
export function Board({ columns, selected, onSelect, onMove, announce, onRefused }: Props) {
  const [lift, setLift] = useState<Lift | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<Stage>>(new Set());
  const [focusAfterMove, setFocusAfterMove] = useState<{ jobId: string; stage: Stage } | null>(null);

  // The moved card re-renders in its new column; keep the keyboard user's focus on it.
  useEffect(() => {
    if (!focusAfterMove) return;
    const { jobId, stage } = focusAfterMove;
    const card = document.querySelector<HTMLElement>(
      `[data-testid="column-${stage}"] [data-job-id="${CSS.escape(jobId)}"] .handle`,
    );
    if (card) {
      card.focus();
      setFocusAfterMove(null);
    }
  });

  const drop = async (item: PipelineItem, to: Stage, by: Lift['by']) => {
    setLift(null);
    const { job } = item;
    if (to === job.stage) {
      announce(`${job.title} stays in ${STAGE_LABELS[to]}.`);
      return;
    }
    const refusal = moveRefusal(job.stage, to);
    if (refusal) {
      announce(`${job.title} was not moved. ${refusal}`);
      onRefused(refusal);
      return;
    }
    if (by === 'keyboard') setFocusAfterMove({ jobId: job.id, stage: to });
    await onMove(item, to);
  };

  const onCardKey = (e: React.KeyboardEvent<HTMLButtonElement>, item: PipelineItem) => {
    const { job } = item;
    const key = e.key;
    if (!lift || lift.item.job.id !== job.id) {
      if (key === ' ' || key === 'Spacebar') {
        e.preventDefault();
        setLift({ item, over: job.stage, by: 'keyboard' });
        setFocusAfterMove(null);
        announce(
          `Picked up ${job.title} in ${STAGE_LABELS[job.stage]}. Left and Right arrows choose a column, Enter drops, Escape cancels.`,
        );
      } else if (key === 'ArrowDown' || key === 'ArrowUp') {
        e.preventDefault();
        const sibling =
          key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
        (sibling as HTMLElement | null)?.focus();
      }
      return;
    }
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      e.preventDefault();
      const over = neighbourStage(lift.over, key === 'ArrowLeft' ? -1 : 1);
      setLift({ ...lift, over });
      const refusal = over === job.stage ? null : moveRefusal(job.stage, over);
      announce(
        refusal ? `Over ${STAGE_LABELS[over]}: not allowed. ${refusal}` : `Over ${STAGE_LABELS[over]}.`,
      );
    } else if (key === 'Enter' || key === ' ') {
      e.preventDefault();
      void drop(item, lift.over, 'keyboard');
    } else if (key === 'Escape') {
      e.preventDefault();
      setLift(null);
      announce(`Move cancelled. ${job.title} stays in ${STAGE_LABELS[job.stage]}.`);
    }
  };

  return (
    <div className="board" data-testid="board">
      {STAGES.map((stage) => {
        const items = columns[stage];
        const shown = expanded.has(stage) ? items : items.slice(0, COLUMN_PAGE);
        const target = lift && lift.over === stage && lift.item.job.stage !== stage;
        const refused = target && moveRefusal(lift.item.job.stage, stage) !== null;
        return (
          <section
            key={stage}
            className={`column${target ? (refused ? ' drop-refused' : ' drop-target') : ''}`}
            aria-labelledby={`col-${stage}`}
            data-testid={`column-${stage}`}
            onDragOver={(e) => {
              if (!lift) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              if (lift.over !== stage) setLift({ ...lift, over: stage });
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (lift) void drop(lift.item, stage, 'mouse');
            }}
          >
            <h2 id={`col-${stage}`}>
              {STAGE_LABELS[stage]} <span className="count-chip">{items.length}</span>
            </h2>
            <ul className="cards">
              {shown.map((item) => (
                <JobCard
                  key={item.job.id}
                  item={item}
                  selected={selected.has(item.job.id)}
                  onSelect={onSelect}
                  lifted={lift?.item.job.id === item.job.id}
                  onKeyDown={onCardKey}
                  onDragStart={(it) => setLift({ item: it, over: it.job.stage, by: 'mouse' })}
                  onDragEnd={() => setLift((l) => (l?.by === 'mouse' ? null : l))}
                />
              ))}
            </ul>
            {shown.length < items.length && (
              <button
                type="button"
                className="show-all"
                onClick={() => setExpanded(new Set([...expanded, stage]))}
              >
                Show all {items.length}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
