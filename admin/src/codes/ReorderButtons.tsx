import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { IconButton, Tooltip } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { Code } from '../../../schema/generated/graphql';
import { useMoveCode, type Step } from './useMoveCode';

/** Up and down for one row; `label` is the column header. */
export const ReorderButtons = (_props: { label?: string }) => {
  const code = useRecordContext<Code>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'codes', action: 'reorder' });
  const { canMove, move } = useMoveCode();
  if (!code || !canAccess) return null;
  const button = (step: Step, label: string, icon: ReactNode) => (
    <Tooltip title={translate(label)}>
      <span>
        <IconButton
          size="small"
          aria-label={translate(label)}
          disabled={!canMove(code, step)}
          // The row opens the code on click; moving it must not.
          onClick={(event: MouseEvent) => {
            event.stopPropagation();
            void move(code, step);
          }}
        >
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {button(-1, 'ra.action.move_up', <ArrowUpwardIcon fontSize="small" />)}
      {button(1, 'ra.action.move_down', <ArrowDownwardIcon fontSize="small" />)}
    </span>
  );
};
