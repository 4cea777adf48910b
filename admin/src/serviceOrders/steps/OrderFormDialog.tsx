import type { ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Form, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';

const SubmitButton = ({ label }: { label: string }) => {
  const { isSubmitting } = useFormState();
  return (
    <Button type="submit" variant="contained" disabled={isSubmitting}>
      {label}
    </Button>
  );
};

interface Props {
  title: string;
  submitLabel: string;
  defaultValues?: Record<string, unknown>;
  /** Resolves with per-field errors to show, or nothing. */
  onSubmit: (values: Record<string, unknown>) => Promise<Record<string, unknown> | undefined>;
  onClose: () => void;
  maxWidth?: 'sm' | 'md';
  children: ReactNode;
}

/** A form in a dialog, for one change to an order; Enter in a one-line input submits it. */
export const OrderFormDialog = ({ title, submitLabel, defaultValues, onSubmit, onClose, maxWidth = 'sm', children }: Props) => {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth={maxWidth} scroll="body" aria-label={title}>
      {/* Its own record: the page's order must not seed the form (only the step's fields are sent). */}
      <Form record={defaultValues ?? {}} onSubmit={onSubmit}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SubmitButton label={submitLabel} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
