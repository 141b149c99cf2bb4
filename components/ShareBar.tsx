export interface Share {
  id: string;
  label: string;
  count: number;
}

interface ShareBarProps {
  title: string;
  shares: readonly Share[];
  formatShare: (share: Share, percent: number) => string;
}

/** A single stacked bar of shares (e.g. participation tiers), with the numbers as a list beside it. */
export function ShareBar({ title, shares, formatShare }: ShareBarProps) {
  const total = shares.reduce((sum, share) => sum + share.count, 0);
  const percent = (count: number) => (total === 0 ? 0 : Math.round((count / total) * 100));
  return (
    <figure className="chart">
      <h3>{title}</h3>
      <div className="share-bar" aria-hidden="true">
        {shares.map((share) =>
          share.count > 0 ? (
            <span
              key={share.id}
              className={`share share-${share.id}`}
              style={{ flexGrow: share.count }}
              title={share.label}
            />
          ) : null,
        )}
      </div>
      <ul className="share-legend">
        {shares.map((share) => (
          <li key={share.id}>
            <span className={`swatch share-${share.id}`} aria-hidden="true" />
            {formatShare(share, percent(share.count))}
          </li>
        ))}
      </ul>
    </figure>
  );
}
