import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { User } from '../../../schema/generated/graphql';

export const RolesField = (_props: { label?: string; sortable?: boolean }) => {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  if (!user) return null;
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap">
      {user.roles.map((role) => (
        <Chip key={role} size="small" label={translate(`enums.Role.${role}`)} />
      ))}
    </Stack>
  );
};
