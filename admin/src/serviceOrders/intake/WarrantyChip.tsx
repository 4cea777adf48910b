import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatDateTime } from '../../common/useFormatDateTime';

/** 在保 until its last day, or 保外: what decides who pays. */
export const WarrantyChip = ({ inWarranty, warrantyEndsOn }: { inWarranty: boolean; warrantyEndsOn?: string | null }) => {
  const translate = useTranslate();
  const format = useFormatDateTime();
  const label = inWarranty ? translate('app.order.flags.inWarranty') : translate('app.order.intake.out_of_warranty');
  return (
    <Chip
      size="small"
      variant="outlined"
      color={inWarranty ? 'success' : 'default'}
      label={warrantyEndsOn ? `${label} · ${format(warrantyEndsOn, false)}` : label}
    />
  );
};
