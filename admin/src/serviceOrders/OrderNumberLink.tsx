import { Link as MuiLink } from '@mui/material';
import { useDataProvider, useNotify, useRedirect, type RaRecord } from 'react-admin';

/** An order named by its number (in a timeline note): opens it, finding it by number on click. */
export const OrderNumberLink = ({ number }: { number: string }) => {
  const dataProvider = useDataProvider();
  const redirect = useRedirect();
  const notify = useNotify();
  const open = async () => {
    try {
      const { data } = await dataProvider.getList<RaRecord>('serviceOrders', {
        filter: { number },
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'createdAt', order: 'DESC' },
      });
      if (data[0]) redirect('show', 'serviceOrders', data[0].id);
      else notify('ra.notification.item_doesnt_exist', { type: 'warning' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <MuiLink component="button" type="button" onClick={open} sx={{ verticalAlign: 'baseline' }}>
      {number}
    </MuiLink>
  );
};
