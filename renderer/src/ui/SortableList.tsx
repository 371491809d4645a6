import { type ReactNode, useState } from 'react';
import { useI18n } from '../i18n';

/**
 * A list the chair can reorder by drag and drop or with ↑/↓ buttons (keyboard
 * and touchpad friendly). Calls `onReorder` with the full new id order.
 */
export function SortableList<T extends { id: number }>({
  items,
  render,
  onReorder,
  label,
}: {
  items: readonly T[];
  render: (item: T, index: number) => ReactNode;
  onReorder: (ids: number[]) => void;
  label: (item: T) => string;
}) {
  const { t } = useI18n();
  const [dragged, setDragged] = useState<number | null>(null);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const ids = items.map((i) => i.id);
    const [moved] = ids.splice(from, 1);
    if (moved === undefined) return;
    ids.splice(to, 0, moved);
    onReorder(ids);
  };
  return (
    <ol className="sortable">
      {items.map((item, index) => (
        <li
          key={item.id}
          draggable
          onDragStart={() => setDragged(index)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={() => {
            if (dragged !== null) move(dragged, index);
            setDragged(null);
          }}
          className={dragged === index ? 'dragging' : undefined}
        >
          <span className="drag-handle" aria-hidden="true">
            ⋮⋮
          </span>
          <div className="sortable-body">{render(item, index)}</div>
          <div className="sortable-moves">
            <button
              type="button"
              className="ghost small"
              disabled={index === 0}
              onClick={() => move(index, index - 1)}
              aria-label={`${t('common.moveUp')} : ${label(item)}`}
            >
              ↑
            </button>
            <button
              type="button"
              className="ghost small"
              disabled={index === items.length - 1}
              onClick={() => move(index, index + 1)}
              aria-label={`${t('common.moveDown')} : ${label(item)}`}
            >
              ↓
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
