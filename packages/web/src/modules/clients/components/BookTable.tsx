import { useMemo } from 'react';
import { Link } from 'react-router';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/format';
import type { BookClient } from '../hooks/useBook';
import { LastContact, StatusBadge, TierBadge, isContactOverdue } from './ClientBadges';

const col = createColumnHelper<BookClient>();
// column id (the accessor) → its header's locale key, for the card layout's labels
const LABEL = {
  name: 'name', accountNo: 'accountNo', currentTier: 'tier', status: 'status', latestTotalAssets: 'assets', daysSinceLastContact: 'lastContact',
} as const;

/** The book as a table. Sorting and paging happen on the server; this only renders. */
export function BookTable({ rows, stale }: { rows: BookClient[]; stale: boolean }) {
  const { t, i18n } = useTranslation();

  const columns = useMemo(
    () => [
      col.accessor('name', {
        header: () => t('book.col.name'),
        cell: (c) => (
          <Link to={`/clients/${c.row.original.id}`} className="client-link">
            {c.getValue()}
          </Link>
        ),
      }),
      col.accessor('accountNo', { header: () => t('book.col.accountNo'), cell: (c) => <span className="num">{c.getValue()}</span> }),
      col.accessor('currentTier', { header: () => t('book.col.tier'), cell: (c) => <TierBadge tier={c.getValue()} status={c.row.original.status} /> }),
      col.accessor('status', { header: () => t('book.col.status'), cell: (c) => <StatusBadge status={c.getValue()} /> }),
      col.accessor('latestTotalAssets', {
        header: () => t('book.col.assets'),
        cell: (c) => <span className="num">{formatMoney(c.getValue())}</span>,
        meta: { align: 'right' },
      }),
      col.accessor('daysSinceLastContact', {
        header: () => t('book.col.lastContact'),
        cell: (c) => <LastContact at={c.row.original.lastContactAt} daysSince={c.getValue()} />,
      }),
    ],
    // the headers and badges read the language; rebuild when it changes
    [t, i18n.resolvedLanguage],
  );

  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.id });

  return (
    <div className={`table-wrap${stale ? ' is-stale' : ''}`}>
      <table className="data-table book-table">
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => (
                <th key={h.id} scope="col" className={alignClass(h.column.columnDef.meta)}>
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-testid="book-row" className={isContactOverdue(row.original.daysSinceLastContact) ? 'row-overdue' : undefined}>
              {row.getVisibleCells().map((cell) => (
                // data-col and data-label let the table fold into cards on a phone (styles.css)
                <td key={cell.id} className={alignClass(cell.column.columnDef.meta)} data-col={cell.column.id} data-label={t(`book.col.${LABEL[cell.column.id as keyof typeof LABEL]}`)}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function alignClass(meta: unknown): string | undefined {
  return (meta as { align?: string } | undefined)?.align === 'right' ? 'align-right' : undefined;
}
