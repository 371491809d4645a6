import './subtabs.css';

/**
 * The second row of tabs inside a page (juror form / paper sheets, documents /
 * verification): links to hash routes, the current one highlighted, and the
 * same look on every page.
 */
export function SubTabs({
  label,
  tabs,
}: {
  label: string;
  tabs: { href: string; label: string; active: boolean }[];
}) {
  return (
    <nav className="subtabs" aria-label={label}>
      {tabs.map((tab) => (
        <a
          key={tab.href}
          href={tab.href}
          className={tab.active ? 'active' : undefined}
          aria-current={tab.active ? 'page' : undefined}
        >
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
