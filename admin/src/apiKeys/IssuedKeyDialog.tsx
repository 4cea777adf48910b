import { useRef } from 'react';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { Button, useNotify, useTranslate } from 'react-admin';

interface Props {
  issuedKey: string;
  onClose: () => void;
}

/** The only time a partner key is shown: the API keeps just its hash. */
export const IssuedKeyDialog = ({ issuedKey, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issuedKey);
    } catch {
      // The Clipboard API needs a secure context; over plain http the old way still works.
      input.current?.select();
      document.execCommand('copy');
    }
    notify('app.message.key_copied', { type: 'info' });
  };

  // Closed only by the button: a stray click beside the dialog must not lose the key.
  return (
    <Dialog open fullWidth maxWidth="md">
      <DialogTitle>{translate('app.message.key_issued_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.message.key_issued_warning')}
        </Alert>
        <TextField
          inputRef={input}
          value={issuedKey}
          label={translate('resources.apiKeys.fields.key')}
          fullWidth
          slotProps={{ input: { readOnly: true, sx: { fontFamily: 'monospace' } } }}
          onFocus={(event) => event.target.select()}
        />
      </DialogContent>
      <DialogActions>
        <Button label="app.action.copy" variant="contained" onClick={copy}>
          <ContentCopyIcon />
        </Button>
        <Button label="ra.action.close" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
};
