import { Fragment } from 'react';
import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import { isAllowed } from '../permissions';
import { MENU_GROUPS } from './menuGroups';

/** Only what the user may read is listed; a group with nothing left disappears. */
export const Menu = () => {
  const { permissions = [] } = usePermissions<string[]>();
  const [open] = useSidebarState();
  const translate = useTranslate();
  return (
    <RaMenu>
      {MENU_GROUPS.map((group) => {
        const visible = group.resources.filter((resource) => isAllowed(permissions, resource, 'list'));
        if (visible.length === 0) return null;
        return (
          <Fragment key={group.label}>
            {open && (
              <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
                {translate(group.label)}
              </ListSubheader>
            )}
            {visible.map((resource) => (
              <RaMenu.ResourceItem key={resource} name={resource} />
            ))}
          </Fragment>
        );
      })}
    </RaMenu>
  );
};
