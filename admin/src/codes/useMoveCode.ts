import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useRefresh } from 'react-admin';
import type { Code, CodeKind } from '../../../schema/generated/graphql';
import type { AppDataProvider } from '../dataProvider';
import { MAX_PER_PAGE } from '../dataProvider/buildQuery';

export type Step = -1 | 1;

/**
 * Moves a code one place up or down in its code table. The list may be filtered (by group, by
 * text …), so the code is placed just before or after its visible neighbour of the same table,
 * and the whole table is written back in that order with `reorderCodes` (sortOrder 10, 20, …).
 */
export function useMoveCode() {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data = [], sort, isFetching } = useListContext<Code>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [moving, setMoving] = useState(false);

  const neighbour = (code: Code, step: Step): Code | undefined => {
    const sameTable = data.filter((c) => c.kind === code.kind);
    return sameTable[sameTable.findIndex((c) => c.id === code.id) + step];
  };

  const wholeTable = async (kind: CodeKind): Promise<Code[]> => {
    const codes: Code[] = [];
    for (let page = 1; ; page++) {
      const { data: rows, total = 0 } = await dataProvider.getList<Code>('codes', {
        filter: { kind },
        sort: { field: 'sortOrder', order: 'ASC' },
        pagination: { page, perPage: MAX_PER_PAGE },
      });
      codes.push(...rows);
      if (rows.length === 0 || codes.length >= total) return codes;
    }
  };

  const move = async (code: Code, step: Step) => {
    const other = neighbour(code, step);
    if (!other) return;
    setMoving(true);
    try {
      const ids = (await wholeTable(code.kind)).map((c) => c.id).filter((id) => id !== code.id);
      const at = ids.indexOf(other.id);
      ids.splice(step < 0 ? at : at + 1, 0, code.id);
      await dataProvider.reorderCodes(ids);
      notify('app.message.reordered', { type: 'info' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setMoving(false);
    }
  };

  // Up and down mean something only while the list shows the table's order.
  const inTableOrder = sort.field === 'sortOrder' && sort.order === 'ASC';
  const canMove = (code: Code, step: Step) => inTableOrder && !moving && !isFetching && neighbour(code, step) !== undefined;
  return { canMove, move };
}
