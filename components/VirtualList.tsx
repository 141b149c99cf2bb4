import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  /** More rows exist beyond the loaded ones; `onNeedMore` is called as the admin nears the end. */
  more: boolean;
  onNeedMore: () => void;
  keyOf: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  label: string;
  estimateSize?: number;
  loadingLabel: string;
}

/**
 * Renders only the rows in view (TanStack Virtual), so the panel stays smooth with 100,000 members. Rows are
 * measured as they render, so they may wrap.
 */
export function VirtualList<T>({
  items,
  more,
  onNeedMore,
  keyOf,
  renderItem,
  label,
  estimateSize = 64,
  loadingLabel,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = items.length + (more ? 1 : 0);
  // TanStack Virtual keeps mutable state that React's compiler cannot memoise; this component opts out of it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: 8,
    getItemKey: (index) => (index < items.length ? keyOf(items[index]!) : '__more__'),
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? 0;
  useEffect(() => {
    if (more && lastIndex >= items.length - 20) onNeedMore();
  }, [more, lastIndex, items.length, onNeedMore]);

  return (
    <div ref={scrollRef} className="virtual-scroll">
      <ul
        className="member-list"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualItems.map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={more ? -1 : items.length}
            aria-posinset={row.index + 1}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start}px)`,
            }}
          >
            {row.index < items.length ? (
              renderItem(items[row.index]!, row.index)
            ) : (
              <span className="empty">{loadingLabel}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
